namespace SchoolPortal.Features.BatchUpdate;

/// <summary>A record key read back from a file, its signature already checked.</summary>
public sealed record RecordKey(RecordKind Kind, int SchoolId, int Id);
