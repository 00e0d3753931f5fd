using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

/// <summary>An event of the month list: kind, title, date and time, who it is for, description.</summary>
public sealed record YearEventRow(int Id, YearEventKind Kind, string Title, DateOnly Date, TimeOnly? StartsAt, string AudienceText,
    string? Description)
{
    public string KindName => YearEventKindNames.Russian(Kind);

    public string When => StartsAt is { } t ? $"{ScheduleCalendar.Day(Date)}, {ScheduleCalendar.Time(t)}" : ScheduleCalendar.Day(Date);
}
