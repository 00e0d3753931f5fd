namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>
/// The outcome of <see cref="XlsxPackageGuard.Inspect"/>: either a refusal in Russian, or the package rebuilt from exactly
/// the bytes the guard read and counted, which is what the Excel reader may open.
/// </summary>
public sealed record ArchiveCheck(byte[]? Package, string? Refusal, long BytesRead)
{
    public bool IsRefused => Refusal is not null;

    public static ArchiveCheck Refused(string refusal, long bytesRead) => new(null, refusal, bytesRead);
}
