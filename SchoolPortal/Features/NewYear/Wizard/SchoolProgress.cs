using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>One school in the operators' overview: how far its new year got, the deadline, and how much at risk it is.</summary>
public sealed record SchoolProgress(int SchoolId, string SchoolName, string District, int? PlanId, RolloverState? State, int StepsDone,
    IReadOnlyList<string> MissingSteps, DateOnly Deadline, int DaysLeft, RiskLevel Risk)
{
    public bool ReadyToOpen => State == RolloverState.Draft && StepsDone == 5;
}
