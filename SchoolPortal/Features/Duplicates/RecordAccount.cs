namespace SchoolPortal.Features.Duplicates;

/// <summary>A login of a parent record: when it was last used and whether it is linked to Gosuslugi (ESIA).</summary>
public sealed record RecordAccount(int Id, string Login, DateTimeOffset? LastLoginAt, bool HasEsia, bool IsDisabled);
