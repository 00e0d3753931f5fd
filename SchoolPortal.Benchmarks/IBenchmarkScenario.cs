namespace SchoolPortal.Benchmarks;

/// <summary>
/// One thing to time. <see cref="PrepareAsync"/> runs once (build or fetch a database), <see cref="BeforeRunAsync"/>
/// and <see cref="AfterRunAsync"/> around every run outside the clock, <see cref="RunAsync"/> is what is measured.
/// </summary>
public interface IBenchmarkScenario
{
    string Description { get; }

    /// <summary>Measured runs when the command line does not say (--runs).</summary>
    int DefaultRuns { get; }

    /// <summary>Unmeasured runs first, so JIT and caches are warm (--warmup).</summary>
    int DefaultWarmups { get; }

    /// <summary>The target median in milliseconds for the size, if there is one (printed beside the result).</summary>
    double? TargetMilliseconds(string size);

    Task PrepareAsync(BenchmarkOptions options);

    Task BeforeRunAsync() => Task.CompletedTask;

    Task RunAsync();

    Task AfterRunAsync() => Task.CompletedTask;

    /// <summary>What the last line adds after the median, e.g. «, ratio 25.3» (null: nothing).</summary>
    string? Summary(double median) => null;

    /// <summary>
    /// The whole last line when the result is not the median of whole runs (a load test reports its requests' latency);
    /// read after <see cref="FinishAsync"/>. Null: «scenario: median x ms» with <see cref="Summary"/>.
    /// </summary>
    string? LastLine => null;

    /// <summary>Called once after the measured runs: delete temporary files, report what is not a time.</summary>
    Task FinishAsync() => Task.CompletedTask;
}
