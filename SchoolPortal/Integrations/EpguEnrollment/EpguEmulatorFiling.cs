namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>One application the emulator filed: its EPGU order id, family, child and file.</summary>
public sealed record EpguEmulatorFiling(long OrderId, EpguTestFamily Family, string ChildName, string SchoolInn, DateTimeOffset FiledAt, string FileName);
