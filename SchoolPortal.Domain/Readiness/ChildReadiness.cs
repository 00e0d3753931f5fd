namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// A child's readiness for Gosuslugi. The child's <see cref="Conditions"/> are those of the linked parent closest to ready
/// (<see cref="BestParentId"/>), so «all four met» and «ready» say the same thing; <see cref="Parents"/> shows each parent.
/// </summary>
public sealed record ChildReadiness(int PupilId, IReadOnlyList<ConditionResult> Conditions, IReadOnlyList<ParentReadiness> Parents, int? BestParentId)
{
    public ConditionResult this[ReadinessCondition condition] => Conditions.Single(c => c.Condition == condition);

    public ReadinessStatus Status =>
        Conditions.Any(c => c.State == ConditionState.NotMet) ? ReadinessStatus.NotReady
        : Conditions.Any(c => c.State == ConditionState.Unknown) ? ReadinessStatus.AwaitingGosuslugi
        : ReadinessStatus.Ready;

    public bool IsReady => Status == ReadinessStatus.Ready;

    /// <summary>
    /// What to do for the child, each fact once: first what fails (the conditions not met), then what a check still
    /// needs; within each, in the order of the conditions.
    /// </summary>
    public IReadOnlyList<ReadinessProblem> Problems =>
        Conditions.OrderBy(c => c.State == ConditionState.NotMet ? 0 : 1).ThenBy(c => c.Condition)
            .SelectMany(c => c.Problems).DistinctBy(p => p.Text).ToList();
}
