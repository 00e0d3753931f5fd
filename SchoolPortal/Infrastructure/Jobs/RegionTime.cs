namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>
/// The region's time zone for job schedules: Chelyabinsk is UTC+5 all year (Asia/Yekaterinburg). Without time zone data
/// on the server the schedules fall back to UTC, and the log says so.
/// </summary>
public static class RegionTime
{
    public const string ZoneId = "Asia/Yekaterinburg";

    public static TimeZoneInfo Zone(ILogger? log = null)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(ZoneId, out var zone))
            return zone;
        log?.LogWarning("Часовой пояс {Zone} не найден: расписание фоновых задач считается по UTC", ZoneId);
        return TimeZoneInfo.Utc;
    }
}
