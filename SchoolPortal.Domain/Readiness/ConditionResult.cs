namespace SchoolPortal.Domain.Readiness;

/// <summary>One condition checked: its state and the facts behind it (failures, or what a check still needs).</summary>
public sealed record ConditionResult(ReadinessCondition Condition, ConditionState State, IReadOnlyList<ReadinessProblem> Problems)
{
    public bool IsMet => State == ConditionState.Met;

    public static ConditionResult Met(ReadinessCondition condition) => new(condition, ConditionState.Met, []);
}
