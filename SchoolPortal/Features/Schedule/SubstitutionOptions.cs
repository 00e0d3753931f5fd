namespace SchoolPortal.Features.Schedule;

/// <summary>What the substitutions page offers: the months of the year, teachers and subjects for the filters and the form.</summary>
public sealed record SubstitutionOptions(IReadOnlyList<DateOnly> Months, DateOnly CurrentMonth, DateOnly Today, IReadOnlyList<Choice> Teachers,
    IReadOnlyList<Choice> Subjects, bool CanEdit);
