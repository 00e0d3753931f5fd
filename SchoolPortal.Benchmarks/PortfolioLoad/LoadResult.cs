namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The measured window of one or more load runs: each request's latency (from sending to the last byte of the page)
/// for requests started inside the window, the window's length, and the failures. Throughput is the requests started
/// in the window divided by its length; percentiles are nearest-rank.
/// </summary>
public sealed class LoadResult(IReadOnlyList<double> latencies, TimeSpan measured, int warmUpRequests, IReadOnlyDictionary<string, int> errors)
{
    private readonly double[] _sorted = latencies.Order().ToArray();

    public int Requests => _sorted.Length;
    public TimeSpan Measured { get; } = measured;
    public int WarmUpRequests { get; } = warmUpRequests;
    public IReadOnlyDictionary<string, int> Errors { get; } = errors;
    public int ErrorCount => Errors.Values.Sum();

    public double Throughput => Requests / Measured.TotalSeconds;
    public double Median => Requests == 0 ? double.NaN : ScenarioRunner.Median(_sorted);
    public double P95 => Percentile(0.95);
    public double P99 => Percentile(0.99);
    public double Max => Requests == 0 ? double.NaN : _sorted[^1];

    public static LoadResult Of(IReadOnlyList<WorkerLog> logs, TimeSpan measured) => new(
        logs.SelectMany(l => l.Latencies).ToList(), measured, logs.Sum(l => l.WarmUpRequests),
        logs.SelectMany(l => l.Errors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value)));

    /// <summary>Several runs (--runs N) as one sample: all latencies, the windows added up.</summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> runs) => new(
        runs.SelectMany(r => r._sorted).ToList(), TimeSpan.FromTicks(runs.Sum(r => r.Measured.Ticks)), runs.Sum(r => r.WarmUpRequests),
        runs.SelectMany(r => r.Errors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value)));

    private double Percentile(double p) => NearestRank.Of(_sorted, p);
}
