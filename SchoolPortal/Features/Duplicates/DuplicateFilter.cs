namespace SchoolPortal.Features.Duplicates;

/// <summary>What an operator narrows the check to: a district (region operator only) or one school. Empty: all they may see.</summary>
public sealed record DuplicateFilter(int? DistrictId = null, int? SchoolId = null)
{
    public static DuplicateFilter All { get; } = new();
}
