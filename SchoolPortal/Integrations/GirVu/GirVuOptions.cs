namespace SchoolPortal.Integrations.GirVu;

/// <summary>The "GirVu" section of appsettings.json: the exchange with ГИР ВУ through folders, and its local stand-in.</summary>
public sealed class GirVuOptions
{
    public const string Section = "GirVu";

    /// <summary>Where packages are put for the transport (the SMEV adapter); empty: «girvu/outbox» in the portal's data folder.</summary>
    public string Outbox { get; set; } = "";

    /// <summary>Where the transport puts the resource's responses; empty: «girvu/inbox» in the portal's data folder.</summary>
    public string Inbox { get; set; } = "";

    /// <summary>Where responses go once read (unreadable ones into its «unreadable» subfolder); empty: «girvu/archive».</summary>
    public string Archive { get; set; } = "";

    /// <summary>How often the inbox is read by the background job: cron in the region's time; every 5 minutes by default.</summary>
    public string ResponsesSchedule { get; set; } = "*/5 * * * *";

    public const string ScheduleMissing = "GirVu:ResponsesSchedule: укажите, как часто читать ответы ГИР ВУ, в виде cron (например, «*/5 * * * *»).";

    public GirVuEmulatorOptions Emulator { get; set; } = new();
}
