using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>The number of violations of each kind among some rows (a school, a district, the whole scope), and the applications behind them.</summary>
public sealed record ViolationCounts(IReadOnlyDictionary<ViolationKind, int> ByKind, int Applications)
{
    public int Total => ByKind.Values.Sum();

    public int Of(ViolationKind kind) => ByKind.GetValueOrDefault(kind);

    public static ViolationCounts Of(IEnumerable<ViolationRow> rows)
    {
        var list = rows as IReadOnlyCollection<ViolationRow> ?? rows.ToList();
        return new ViolationCounts(list.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count()),
            list.Select(r => r.ApplicationId).Distinct().Count());
    }
}
