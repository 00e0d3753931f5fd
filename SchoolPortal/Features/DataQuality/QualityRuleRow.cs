using SchoolPortal.Domain.DataQuality;

namespace SchoolPortal.Features.DataQuality;

/// <summary>One rule of a school on the day shown.</summary>
public sealed record QualityRuleRow(QualityRule Rule, QualityTotals Totals);
