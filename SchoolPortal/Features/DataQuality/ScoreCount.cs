namespace SchoolPortal.Features.DataQuality;

/// <summary>A stored score keyed by the district or the school it is summed under.</summary>
internal sealed class ScoreCount
{
    public int Id { get; init; }
    public string RuleCode { get; init; } = "";
    public int Checked { get; init; }
    public int Failing { get; init; }
}
