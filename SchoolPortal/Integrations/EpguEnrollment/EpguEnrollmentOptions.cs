namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The "EpguEnrollment" section of appsettings.json: the exchange of enrollment applications with EPGU through folders.</summary>
public sealed class EpguEnrollmentOptions
{
    public const string Section = "EpguEnrollment";
    public const int DefaultMaxFilesPerRun = 20_000;
    public const int MaxFilesPerRunLimit = 1_000_000;

    /// <summary>Where the transport (the SMEV adapter) puts application messages; empty: «epgu-enrollment/inbox» in the portal's data folder.</summary>
    public string Inbox { get; set; } = "";

    /// <summary>Where read and stored messages go; empty: «epgu-enrollment/processed».</summary>
    public string Processed { get; set; } = "";

    /// <summary>Where messages the portal could not take go, each with «имя.error.txt» beside it; empty: «epgu-enrollment/rejected».</summary>
    public string Rejected { get; set; } = "";

    /// <summary>Where status messages are written for the transport; empty: «epgu-enrollment/outbox».</summary>
    public string Outbox { get; set; } = "";

    /// <summary>At most this many inbox files are read in one run; the rest wait for the next run.</summary>
    public int MaxFilesPerRun { get; set; } = DefaultMaxFilesPerRun;

    /// <summary>How often the inbox is read by the background job: cron in the region's time; every minute by default.</summary>
    public string IntakeSchedule { get; set; } = "* * * * *";

    public EpguEnrollmentEmulatorOptions Emulator { get; set; } = new();

    public const string MaxFilesPerRunProblem =
        "EpguEnrollment:MaxFilesPerRun: от 1 до 1000000 — сколько файлов заявлений читать за один запуск (по умолчанию 20000).";

    public const string ScheduleProblem =
        "EpguEnrollment:IntakeSchedule: укажите, как часто читать заявления ЕПГУ, в виде cron (например, «* * * * *» — каждую минуту).";

    public const string FoldersProblem =
        "EpguEnrollment:Inbox, Processed, Rejected, Outbox: папки обмена должны быть разными (пустое значение — папка по умолчанию).";

    public bool MaxFilesPerRunValid => MaxFilesPerRun is >= 1 and <= MaxFilesPerRunLimit;

    public bool FoldersDistinct
    {
        get
        {
            var configured = new[] { Inbox, Processed, Rejected, Outbox }.Where(f => !string.IsNullOrWhiteSpace(f))
                .Select(f => f.Trim().TrimEnd('/', '\\')).ToList();
            return configured.Distinct(StringComparer.OrdinalIgnoreCase).Count() == configured.Count;
        }
    }
}
