using System.Globalization;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>
/// The region's clock: Chelyabinsk is UTC+5 all year (Asia/Yekaterinburg, no daylight saving since 2014). Every time the
/// portal shows (a calculation finished, a login, a change in a history) goes through <see cref="Format"/>, so one event
/// shows one time on every page whatever zone the server runs in; "today" is the region's today.
/// For job schedules <see cref="Zone"/> gives the time zone; without time zone data on the server they fall back to UTC,
/// and the log says so.
/// </summary>
public static class RegionTime
{
    public const string ZoneId = "Asia/Yekaterinburg";

    /// <summary>The region's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5);

    public const string DateTimeFormat = "dd.MM.yyyy HH:mm";

    public static TimeZoneInfo Zone(ILogger? log = null)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(ZoneId, out var zone))
            return zone;
        log?.LogWarning("Часовой пояс {Zone} не найден: расписание фоновых задач считается по UTC", ZoneId);
        return TimeZoneInfo.Utc;
    }

    /// <summary>The same instant on the region's clock.</summary>
    public static DateTimeOffset ToRegion(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The region's date now.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToRegion(clock.GetUtcNow()).DateTime);

    /// <summary>A date and a time of day on the region's clock.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>«04.12.2026 22:40» on the region's clock.</summary>
    public static string Format(DateTimeOffset at) => ToRegion(at).ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? at, string none) => at is { } value ? Format(value) : none;
}
