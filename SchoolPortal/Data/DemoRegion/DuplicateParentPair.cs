namespace SchoolPortal.Data.DemoRegion;

/// <summary>A planted duplicate: <see cref="DuplicateId"/> is a second row of the person in <see cref="OriginalId"/>.</summary>
public sealed record DuplicateParentPair(int OriginalId, int DuplicateId, int OriginalChildId, int DuplicateChildId);
