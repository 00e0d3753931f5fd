namespace SchoolPortal.Features.Duplicates;

/// <summary>The schools a check reads, already checked against the user's access: null means the whole region.</summary>
public sealed record ScanScope(IReadOnlyList<int>? SchoolIds, string Name)
{
    public static ScanScope Region { get; } = new(null, "весь регион");
}
