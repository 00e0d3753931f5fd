namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// What the dashboard shows for a scope on the latest stored day: a table of districts or schools (or the rules of one
/// school) and the trend over the stored days. <see cref="ComputedOn"/> null: no scores yet.
/// </summary>
public sealed record QualityView(QualityLevel Level, string Title, DateOnly? ComputedOn, DateTimeOffset? ComputedAt, int? MunicipalityId,
    int? SchoolId, IReadOnlyList<QualityRow> Rows, QualityRow? Total, IReadOnlyList<QualityRuleRow> Rules, IReadOnlyList<QualityTrendPoint> Trend)
{
    public bool HasScores => ComputedOn is not null;
}
