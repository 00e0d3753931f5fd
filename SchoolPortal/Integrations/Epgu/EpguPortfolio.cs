namespace SchoolPortal.Integrations.Epgu;

/// <summary>The sections of «Школьное портфолио» as EPGU receives them.</summary>
/// <param name="ClassName">«5А»; null for a child in no class.</param>
/// <param name="CurrentPeriod">«2 четверть»; null before the year begins.</param>
public sealed record EpguPortfolio(
    string? ClassName,
    string? CurrentPeriod,
    EpguHoliday? NextHoliday,
    IReadOnlyList<EpguEvent> Events,
    IReadOnlyList<EpguSubject> Subjects,
    EpguAttendance Attendance,
    IReadOnlyList<EpguControlWork> ControlWorks);
