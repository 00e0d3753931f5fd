using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// The four conditions seen through one linked parent: the portfolio appears in this parent's Gosuslugi profile only when
/// all four are met for them.
/// </summary>
public sealed record ParentReadiness(int ParentId, PersonName Name, string Relation, bool SignedInWithGosuslugi, IReadOnlyList<ConditionResult> Conditions)
{
    public bool IsReady => Conditions.All(c => c.IsMet);

    public ConditionResult this[ReadinessCondition condition] => Conditions.Single(c => c.Condition == condition);

    internal int Count(ConditionState state) => Conditions.Count(c => c.State == state);
}
