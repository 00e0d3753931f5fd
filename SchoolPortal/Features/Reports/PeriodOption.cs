using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>A study period to pick: «2 четверть (05.11.2026–28.12.2026)».</summary>
public sealed record PeriodOption(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn)
{
    public string Text => $"{Name} ({CardCalendar.Format(StartsOn)}–{CardCalendar.Format(EndsOn)})";
}
