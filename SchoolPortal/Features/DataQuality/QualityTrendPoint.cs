using SchoolPortal.Domain.DataQuality;

namespace SchoolPortal.Features.DataQuality;

/// <summary>One stored day of the trend: the scope's totals per group and overall.</summary>
public sealed record QualityTrendPoint(DateOnly Day, IReadOnlyDictionary<QualityGroup, QualityTotals> Groups, QualityTotals Overall);
