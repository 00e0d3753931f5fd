namespace SchoolPortal.Features.DataQuality;

/// <summary>Records checked and failing, summed over rules or schools; <see cref="Score"/> = passing share, null when nothing was checked.</summary>
public readonly record struct QualityTotals(int Checked, int Failing)
{
    public double? Score => Checked == 0 ? null : (double)(Checked - Failing) / Checked;

    public static QualityTotals operator +(QualityTotals a, QualityTotals b) => new(a.Checked + b.Checked, a.Failing + b.Failing);

    /// <summary>«97,5 %» or «—».</summary>
    public string Text => Score is { } s ? (s * 100).ToString("0.0", Infrastructure.CardCalendar.Russian) + " %" : "—";
}
