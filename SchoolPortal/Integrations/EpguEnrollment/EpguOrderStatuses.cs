namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>One EPGU order as the emulator shows it: what was filed (null when another sender filed it) and the status messages the portal sent back, oldest first.</summary>
public sealed record EpguOrderStatuses(long OrderId, EpguEmulatorFiling? Filing, IReadOnlyList<EpguStatusReport> Messages)
{
    public EpguStatusReport? Last => Messages.Count == 0 ? null : Messages[^1];
}
