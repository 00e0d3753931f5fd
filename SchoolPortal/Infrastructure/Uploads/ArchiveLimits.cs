namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>
/// What an uploaded zip package (an .xlsx workbook) may expand to. A batch-update export of 10,000 pupils is ~25 MB of
/// XML in ~15 parts compressed 5–30 times; a zip bomb is a megabyte that expands a thousand times.
/// </summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Workbook { get; } = new();

    /// <summary>All parts together, uncompressed.</summary>
    public long MaxTotalBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>One part, uncompressed.</summary>
    public long MaxEntryBytes { get; init; } = 100L * 1024 * 1024;

    public int MaxEntries { get; init; } = 1_000;

    /// <summary>Uncompressed to compressed size of one part; checked only past <see cref="RatioFreeBytes"/>, where it can hurt.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>A part smaller than this may be compressed as well as it likes (an empty styles part compresses 100 times).</summary>
    public long RatioFreeBytes { get; init; } = 4L * 1024 * 1024;
}
