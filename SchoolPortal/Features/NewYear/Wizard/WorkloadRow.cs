namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>A workload line of the new year (drafted from this year's where the teacher stays).</summary>
public sealed record WorkloadRow(int Id, string Class, string Subject, int TeacherId, string Teacher, decimal Hours, int? Group);
