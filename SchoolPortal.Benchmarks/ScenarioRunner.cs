using System.Diagnostics;
using System.Globalization;

namespace SchoolPortal.Benchmarks;

/// <summary>Runs a scenario: prepare once, warm up, then the measured runs; the last line printed is the median.</summary>
public static class ScenarioRunner
{
    public static async Task<double> RunAsync(IBenchmarkScenario scenario, BenchmarkOptions options)
    {
        var size = options.Size?.Name ?? "по умолчанию";
        Console.WriteLine($"{options.Scenario}: {scenario.Description}; размер {size}");
        await scenario.PrepareAsync(options);
        var warmups = options.Warmups ?? scenario.DefaultWarmups;
        var runs = options.Runs ?? scenario.DefaultRuns;
        for (var i = 1; i <= warmups; i++)
            Console.WriteLine($"  разогрев {i}: {Format(await MeasureAsync(scenario))} ms");
        var times = new List<double>(runs);
        for (var i = 1; i <= runs; i++)
        {
            times.Add(await MeasureAsync(scenario));
            Console.WriteLine($"  прогон {i}: {Format(times[^1])} ms");
        }
        var median = Median(times);
        if (options.Size is { } s && scenario.TargetMilliseconds(s.Name) is { } target)
            Console.WriteLine($"  цель: медиана ≤ {Format(target)} ms — {(median <= target ? "выполнена" : "НЕ выполнена")}");
        await scenario.FinishAsync();
        Console.WriteLine(scenario.LastLine ?? $"{options.Scenario}: median {Format(median)} ms{scenario.Summary(median)}");
        return median;
    }

    private static async Task<double> MeasureAsync(IBenchmarkScenario scenario)
    {
        await scenario.BeforeRunAsync();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        await scenario.RunAsync();
        clock.Stop();
        await scenario.AfterRunAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Format(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);
}
