namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>The "Uploads" section of appsettings.json: how many uploaded files one node parses at once.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Uploads parsed at once on this node (reading a workbook takes a core and hundreds of megabytes); the rest wait.</summary>
    public int MaxConcurrentParsing { get; set; } = 2;

    /// <summary>How long an upload waits for its turn before it is refused.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
