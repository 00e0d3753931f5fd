using SchoolPortal.Data.DemoRegion;

namespace SchoolPortal.Benchmarks;

/// <summary>The command line: <c>&lt;scenario&gt; [--size demo|region] [--runs N] [--warmup N]</c>.</summary>
public sealed record BenchmarkOptions(string Scenario, DemoSize? Size, int? Runs, int? Warmups)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException("Укажите сценарий.");
        return new BenchmarkOptions(args[0],
            CommandLine.Value(args, "--size") is { } size ? DemoSize.Parse(size) : null,
            CommandLine.Value(args, "--runs") is { } runs ? int.Parse(runs) : null,
            CommandLine.Value(args, "--warmup") is { } warmups ? int.Parse(warmups) : null);
    }
}
