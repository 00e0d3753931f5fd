using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>One line of the checklist: the step, whether it is confirmed (and when), and what keeps it from being confirmed.</summary>
public sealed record WizardStepState(RolloverStep Step, string Title, DateTimeOffset? ConfirmedAt, IReadOnlyList<string> Blockers)
{
    public bool Done => ConfirmedAt is not null;

    public bool CanConfirm => !Done && Blockers.Count == 0;
}
