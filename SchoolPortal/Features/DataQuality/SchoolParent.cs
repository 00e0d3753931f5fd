namespace SchoolPortal.Features.DataQuality;

/// <summary>A parent counted in a school where a child of theirs studies.</summary>
internal sealed class SchoolParent
{
    public int SchoolId { get; init; }
    public int ParentId { get; init; }
}
