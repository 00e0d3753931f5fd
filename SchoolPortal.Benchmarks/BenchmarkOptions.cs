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
            Value(args, "--size") is { } size ? DemoSize.Parse(size) : null,
            Value(args, "--runs") is { } runs ? int.Parse(runs) : null,
            Value(args, "--warmup") is { } warmups ? int.Parse(warmups) : null);
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        if (i < 0)
            return null;
        return i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"После {name} нужно значение.");
    }
}
