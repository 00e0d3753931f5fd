namespace SchoolPortal.Integrations.Epgu;

/// <summary>A line of «Лента событий».</summary>
/// <param name="Time">«18:00» for a year event with a start time.</param>
/// <param name="Lesson">The lesson number of a control work.</param>
public sealed record EpguEvent(DateOnly Date, string? Time, int? Lesson, string Kind, string Title, string? Description, bool ControlWork);
