using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// «Посещаемость» of the current period up to today: the child's lessons held and the journal's codes among them. н, б and
/// уп are missed lessons; оп (late) counts as present.
/// </summary>
/// <param name="PeriodName">«2 четверть»; null when the year has no period that has begun.</param>
public sealed record PortfolioAttendance(string? PeriodName, int Lessons, int Absent, int Ill, int Excused, int Late)
{
    public static PortfolioAttendance None { get; } = new(null, 0, 0, 0, 0, 0);

    public int Missed => Absent + Ill + Excused;

    public int Present => Lessons - Missed;

    /// <summary>Lessons attended as a share of lessons held, in percent with one decimal; null before the first lesson.</summary>
    public decimal? PresentPercent => Lessons == 0 ? null : decimal.Round(100m * Present / Lessons, 1);

    public string PresentText => PresentPercent is { } p ? p.ToString("0.#", CardCalendar.Russian) + " %" : "—";
}
