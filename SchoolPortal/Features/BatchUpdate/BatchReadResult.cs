namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The sheet, or why the file as a whole cannot be used (Russian, shown as is).</summary>
public sealed record BatchReadResult(BatchSheet? Sheet, string? Error)
{
    public static BatchReadResult Refused(string message) => new(null, message);
}
