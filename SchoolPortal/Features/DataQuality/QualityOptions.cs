namespace SchoolPortal.Features.DataQuality;

/// <summary>The "Quality" section of appsettings.json.</summary>
public sealed class QualityOptions
{
    public const string Section = "Quality";

    /// <summary>When the nightly scores job runs (<c>Quality:Schedule</c>): cron in the region's time (UTC+5); 03:00 by default.</summary>
    public string Schedule { get; set; } = "0 3 * * *";

    public const string ScheduleMissing = "Quality:Schedule: укажите расписание расчёта в виде cron (например, «0 3 * * *» — каждую ночь в 03:00).";
}
