namespace SchoolPortal.Features.Schedule;

/// <summary>A bell being added (Id 0) or changed; times are typed as «08:30».</summary>
public sealed class BellForm
{
    public const string NumberField = "number";
    public const string StartsAtField = "startsAt";
    public const string EndsAtField = "endsAt";

    public int Id { get; set; }
    public int? Number { get; set; }
    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }

    public bool IsNew => Id == 0;

    public static BellForm From(BellRow row) => new()
    {
        Id = row.Id,
        Number = row.Number,
        StartsAt = ScheduleCalendar.Time(row.StartsAt),
        EndsAt = ScheduleCalendar.Time(row.EndsAt),
    };
}
