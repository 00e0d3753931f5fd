namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>The outcome of one edit of the wizard: done, or the Russian message saying why nothing was written.</summary>
public sealed record WizardResult(string? Error)
{
    public static WizardResult Done { get; } = new((string?)null);

    public bool Ok => Error is null;

    public static WizardResult Refused(string message) => new(message);
}
