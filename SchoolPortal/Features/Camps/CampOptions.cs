namespace SchoolPortal.Features.Camps;

/// <summary>The "Camps" section of appsettings.json: how often <see cref="CampDeadlineJob"/> runs.</summary>
public sealed class CampOptions
{
    public const string Section = "Camps";

    /// <summary>Cron in the region's time; every 15 minutes by default.</summary>
    public string DeadlineSchedule { get; set; } = "*/15 * * * *";

    public const string ScheduleProblem =
        "Camps:DeadlineSchedule: укажите, как часто снимать неоплаченные места и выдавать путевки, в виде cron (например, «*/15 * * * *» — каждые 15 минут).";
}
