namespace SchoolPortal.Features.Reports;

/// <summary>A class or a subject to pick in a report's form.</summary>
public sealed record ReportOption(int Id, string Name);
