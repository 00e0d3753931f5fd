namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// What the page shows before anything is written: the plan, or the reason the file as a whole was refused. Apply
/// takes back <see cref="FileHash"/> and the plan's fingerprint to prove nothing moved in between.
/// </summary>
/// <param name="KeptOn">The node that kept the planned preview for its apply (<see cref="Infrastructure.Caching.PortalCache.NodeId"/>); null when
/// none was kept. An apply on another node re-checks the file and says so.</param>
public sealed record BatchPreview(string FileName, string FileHash, BatchPlan? Plan, string? FileError, string? KeptOn = null)
{
    public bool CanApply => FileError is null && Plan is { Errors.Count: 0, HasWork: true };

    /// <summary>Said when the file is fine but changes nothing (an unedited export).</summary>
    public string? Notice => FileError is null && Plan is { HasWork: false, Errors.Count: 0 }
        ? "В файле нет изменений по сравнению с данными портала: записывать нечего."
        : null;

    public static BatchPreview Refused(string fileName, string hash, string message) => new(fileName, hash, null, message);
}
