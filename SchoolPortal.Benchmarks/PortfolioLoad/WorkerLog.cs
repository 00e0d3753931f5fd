namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>What one worker saw, kept apart per worker so recording a request takes no lock.</summary>
public sealed class WorkerLog
{
    public List<double> Latencies { get; } = new(capacity: 4096);

    public int WarmUpRequests { get; set; }

    /// <summary>Failed requests (warm-up included) by kind, e.g. «HTTP 302 → /account/login».</summary>
    public Dictionary<string, int> Errors { get; } = [];

    public void Fail(string kind) => Errors[kind] = Errors.GetValueOrDefault(kind) + 1;
}
