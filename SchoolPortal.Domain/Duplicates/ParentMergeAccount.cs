namespace SchoolPortal.Domain.Duplicates;

/// <summary>A login of either record of a parent merge, with what the merge decides by.</summary>
public sealed record ParentMergeAccount(int Id, int ParentId, bool IsDisabled, DateTimeOffset? LastLoginAt, string? EsiaOid);
