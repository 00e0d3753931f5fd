namespace SchoolPortal.Features.Schedule;

/// <summary>A lesson of the bell schedule: its number and times, «08:00–08:45».</summary>
public sealed record BellRow(int Id, int Number, TimeOnly StartsAt, TimeOnly EndsAt)
{
    public string Text => $"{ScheduleCalendar.Time(StartsAt)}–{ScheduleCalendar.Time(EndsAt)}";
}
