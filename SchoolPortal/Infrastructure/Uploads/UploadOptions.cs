using System.ComponentModel.DataAnnotations;

namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>The "Uploads" section of appsettings.json: how many uploaded files one node parses at once.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Uploads parsed at once on this node (reading a workbook takes a core and hundreds of megabytes); the rest wait.</summary>
    [Range(1, 64, ErrorMessage = "Uploads:MaxConcurrentParsing: сколько файлов узел проверяет одновременно — число от 1 до 64.")]
    public int MaxConcurrentParsing { get; set; } = 2;

    /// <summary>How long an upload waits for its turn before it is refused.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public const string QueueTimeoutInvalid = "Uploads:QueueTimeout: сколько файл ждёт очереди — больше нуля, например 00:02:00.";
}
