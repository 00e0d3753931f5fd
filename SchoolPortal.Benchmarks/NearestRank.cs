namespace SchoolPortal.Benchmarks;

/// <summary>
/// Percentiles as the load scenarios report them: nearest rank, the smallest value with at least p of the sample at or
/// below it (p95 of 20 values is the 19th), so the figure is always a latency that was measured.
/// </summary>
public static class NearestRank
{
    /// <param name="sorted">The sample in ascending order.</param>
    /// <param name="p">The share, 0 &lt; p ≤ 1 (0.95 for p95).</param>
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        if (p is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "Доля должна быть в (0; 1].");
        return sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
