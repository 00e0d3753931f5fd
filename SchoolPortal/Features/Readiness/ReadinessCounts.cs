using SchoolPortal.Domain.Readiness;

namespace SchoolPortal.Features.Readiness;

/// <summary>Children of a school, district or region: how many are ready, waiting for a parent's sign-in, and failing each condition.</summary>
public sealed record ReadinessCounts(int Total, int Ready, int Awaiting, int NotReady, int FailingListed, int FailingComplete,
    int FailingMatches, int FailingLinked)
{
    public static ReadinessCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public int Failing(ReadinessCondition condition) => condition switch
    {
        ReadinessCondition.ListedOnGosuslugi => FailingListed,
        ReadinessCondition.RecordsComplete => FailingComplete,
        ReadinessCondition.MatchesGosuslugi => FailingMatches,
        _ => FailingLinked,
    };

    /// <summary>Share of ready children, 0 when there are none.</summary>
    public decimal ReadyShare => Total == 0 ? 0 : (decimal)Ready / Total;

    public static ReadinessCounts Of(IEnumerable<ChildReadiness> children)
    {
        var counts = Zero;
        foreach (var child in children)
            counts = counts.Add(child);
        return counts;
    }

    public static ReadinessCounts Sum(IEnumerable<ReadinessCounts> parts) =>
        parts.Aggregate(Zero, (a, b) => new ReadinessCounts(a.Total + b.Total, a.Ready + b.Ready, a.Awaiting + b.Awaiting,
            a.NotReady + b.NotReady, a.FailingListed + b.FailingListed, a.FailingComplete + b.FailingComplete,
            a.FailingMatches + b.FailingMatches, a.FailingLinked + b.FailingLinked));

    private ReadinessCounts Add(ChildReadiness child)
    {
        int Fails(ReadinessCondition c) => child[c].State == ConditionState.NotMet ? 1 : 0;
        var status = child.Status;
        return new ReadinessCounts(Total + 1,
            Ready + (status == ReadinessStatus.Ready ? 1 : 0),
            Awaiting + (status == ReadinessStatus.AwaitingGosuslugi ? 1 : 0),
            NotReady + (status == ReadinessStatus.NotReady ? 1 : 0),
            FailingListed + Fails(ReadinessCondition.ListedOnGosuslugi),
            FailingComplete + Fails(ReadinessCondition.RecordsComplete),
            FailingMatches + Fails(ReadinessCondition.MatchesGosuslugi),
            FailingLinked + Fails(ReadinessCondition.ParentLinked));
    }
}
