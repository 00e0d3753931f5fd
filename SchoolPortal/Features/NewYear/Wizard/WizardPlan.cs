using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>A school's plan as the wizard shows it: the years, the state, the deadline and the checklist.</summary>
public sealed record WizardPlan(int PlanId, int SchoolId, string SchoolName, string FromYear, string ToYear, int FromYearId, int ToYearId,
    DateOnly NewYearStartsOn, DateOnly NewYearEndsOn, RolloverState State, DateOnly Deadline, Guid? OperationId, bool CanEdit,
    IReadOnlyList<WizardStepState> Steps)
{
    public bool IsDraft => State == RolloverState.Draft;

    public WizardStepState this[RolloverStep step] => Steps.Single(s => s.Step == step);

    public string StateText => State switch
    {
        RolloverState.Opening => "Открывается",
        RolloverState.Opened => "Открыт",
        _ => "Формируется",
    };
}
