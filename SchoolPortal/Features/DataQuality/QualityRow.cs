using SchoolPortal.Domain.DataQuality;

namespace SchoolPortal.Features.DataQuality;

/// <summary>A district or a school in the dashboard's table: its totals per rule group and overall.</summary>
public sealed record QualityRow(int Id, string Name, IReadOnlyDictionary<QualityGroup, QualityTotals> Groups, QualityTotals Overall)
{
    public QualityTotals this[QualityGroup group] => Groups.GetValueOrDefault(group);

    public static QualityRow Of(int id, string name, IEnumerable<(string RuleCode, int Checked, int Failing)> counts)
    {
        var groups = counts.Select(c => (Rule: QualityRules.Find(c.RuleCode), c.Checked, c.Failing))
            .Where(c => c.Rule is not null)
            .GroupBy(c => c.Rule!.Group)
            .ToDictionary(g => g.Key, g => new QualityTotals(g.Sum(c => c.Checked), g.Sum(c => c.Failing)));
        return new QualityRow(id, name, groups, groups.Values.Aggregate(new QualityTotals(), (a, b) => a + b));
    }
}
