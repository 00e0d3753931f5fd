namespace SchoolPortal.Features.Schedule;

/// <summary>What the workload page offers: the classes of the current year, the subjects and the working staff.</summary>
public sealed record WorkloadOptions(string YearName, IReadOnlyList<Choice> Classes, IReadOnlyList<Choice> Subjects,
    IReadOnlyList<Choice> Teachers, bool CanEdit);
