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
}
