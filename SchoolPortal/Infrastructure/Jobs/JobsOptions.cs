using System.ComponentModel.DataAnnotations;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>The "Jobs" section of appsettings.json: the portal's background jobs (Hangfire).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>False: no Hangfire at all (no storage, no server, no schedule, no dashboard), e.g. for tests and tools.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hangfire's own SQLite file when the portal runs on SQLite; a relative path is taken from the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Jobs:SqlitePath: укажите файл очереди фоновых задач (например, App_Data/hangfire.db).")]
    public string SqlitePath { get; set; } = "App_Data/hangfire.db";

    /// <summary>Jobs run at once by one node; the nightly work is a few long jobs, not many short ones.</summary>
    [Range(1, 64, ErrorMessage = "Jobs:WorkerCount: сколько задач узел выполняет одновременно — число от 1 до 64.")]
    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// This node's name among the nodes sharing the job storage: the Hangfire server's name on the dashboard («Серверы»)
    /// and in <see cref="JobProbe"/> rows. Empty: the machine's name. Hangfire adds the process id and a GUID to it, so two
    /// nodes are told apart even under one name; a name per node only makes the dashboard readable.
    /// </summary>
    public string? ServerName { get; set; }

    /// <summary>Cron of the probe job (<see cref="JobProbe"/>), 5 parts or 6 with seconds; empty (default): no probe job.</summary>
    public string? ProbeSchedule { get; set; }

    public string NodeName => string.IsNullOrWhiteSpace(ServerName) ? Environment.MachineName : ServerName.Trim();
}
