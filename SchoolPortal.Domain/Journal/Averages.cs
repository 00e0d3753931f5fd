namespace SchoolPortal.Domain.Journal;

/// <summary>Weighted averages of marks and the final mark they suggest. Pass/fail marks do not count in an average.</summary>
public static class Averages
{
    /// <summary>Σ(mark × weight) / Σ(weight) over the 1–5 marks; null when there are none.</summary>
    public static decimal? Weighted(IEnumerable<Mark> marks)
    {
        decimal sum = 0, weights = 0;
        foreach (var m in marks)
        {
            if (m.Value.Points is not { } points)
                continue;
            sum += points * m.Weight;
            weights += m.Weight;
        }
        return weights == 0 ? null : decimal.Round(sum / weights, 2);
    }

    /// <summary>The plain mean of several averages (the class average of a lesson or a period).</summary>
    public static decimal? Mean(IEnumerable<decimal?> values)
    {
        var list = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return list.Count == 0 ? null : decimal.Round(list.Average(), 2);
    }

    /// <summary>
    /// The final mark a weighted average suggests: rounded half up (3.50 → 4, 3.49 → 3), the usual rule of school
    /// regulations on current and final assessment. The teacher decides; this is only the suggestion.
    /// </summary>
    public static int? Suggest(decimal? average) =>
        average is { } a ? (int)Math.Clamp(Math.Floor(a + 0.5m), 1, 5) : null;

    /// <summary>The pass/fail result a list of pass/fail marks suggests: the last one given.</summary>
    public static MarkValue? SuggestPassFail(IEnumerable<Mark> marks) =>
        marks.Where(m => !m.Value.IsScore).Select(m => (MarkValue?)m.Value).LastOrDefault();
}
