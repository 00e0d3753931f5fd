namespace SchoolPortal.Features.Schedule;

/// <summary>What the events page offers: the months of the year, the classes for the audience, whether the user edits.</summary>
public sealed record YearEventOptions(IReadOnlyList<DateOnly> Months, DateOnly CurrentMonth, IReadOnlyList<Choice> Classes, bool CanEdit);
