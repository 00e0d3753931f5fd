namespace SchoolPortal.Integrations.Epgu;

/// <summary>The "Epgu" section of appsettings.json: the publication of the children's portfolios to EPGU.</summary>
public sealed class EpguOptions
{
    public const string Section = "Epgu";
    public const string OutboxGateway = "Outbox";

    /// <summary>Publish at all: false keeps the nightly job unscheduled (the pages are not affected).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Which <see cref="IEpguGateway"/>: "Outbox" (message files for the SMEV adapter) is the one there is.</summary>
    public string Gateway { get; set; } = OutboxGateway;

    /// <summary>The folder the SMEV adapter collects *.json from; a relative path is taken from the content root.</summary>
    public string OutboxPath { get; set; } = "App_Data/epgu/outbox";

    /// <summary>When the publication runs: a cron expression in the region's time (UTC+5); nightly at 02:00 by default.</summary>
    public string Schedule { get; set; } = "0 2 * * *";

    /// <summary>Children per batch: their publication records are read and saved together.</summary>
    public int BatchSize { get; set; } = 200;
}
