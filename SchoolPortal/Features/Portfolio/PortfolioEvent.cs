namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// One line of «Лента событий»: a year event of the child's school, grade or class (parent meeting, extracurricular event,
/// school-wide event) or a control work of the child's timetable.
/// </summary>
/// <param name="Kind">«Родительское собрание», «Контрольная работа», «Проверочная работа»…</param>
/// <param name="LessonNumber">The lesson of a control work; null for year events.</param>
/// <param name="IsControlWork">A control or check work (from a lesson or a year event of that kind).</param>
/// <param name="IsPast">Already held (control works written in the last week stay in the feed).</param>
public sealed record PortfolioEvent(DateOnly Date, TimeOnly? StartsAt, int? LessonNumber, string Kind, string Title, string? Description,
    bool IsControlWork, bool IsPast);
