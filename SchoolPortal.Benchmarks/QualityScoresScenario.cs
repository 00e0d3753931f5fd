using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Features.DataQuality;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// «Качество формирования данных» as the nightly job runs it: every rule counted per school over the whole region and the
/// day's scores stored. It writes, so it runs on a copy of the cached region (the cache itself is never changed).
/// </summary>
public sealed class QualityScoresScenario : IBenchmarkScenario
{
    private string _path = "";
    private QualityRunResult? _last;
    private List<(string Step, double Ms)> _steps = [];

    public string Description => "оценки качества данных по всему региону (ночная задача)";
    public int DefaultRuns => 3;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 30_000 : null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        _path = Path.Combine(BenchmarkDatabase.Folder, $"quality-{Guid.NewGuid():N}.db");
        SqliteConnection.ClearAllPools();
        File.Copy(cached, _path);
    }

    public async Task RunAsync()
    {
        var calculation = new QualityCalculation(new BenchmarkContextFactory(_path),
            new PinnedClock(new DateTimeOffset(DemoRegionGenerator.FixedDay.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        var clock = Stopwatch.StartNew();
        var steps = new List<(string Step, double Ms)>();
        var (step, started) = ("", 0.0);
        _last = await calculation.RunAsync(QualityScope.Region, (_, title) =>
        {
            if (step.Length > 0)
                steps.Add((step, clock.Elapsed.TotalMilliseconds - started));
            (step, started) = (title, clock.Elapsed.TotalMilliseconds);
            return Task.CompletedTask;
        });
        steps.Add((step, clock.Elapsed.TotalMilliseconds - started));
        _steps = steps;
    }

    public Task FinishAsync()
    {
        if (_last is { } run)
            Console.WriteLine($"  школ {run.Schools}, строк оценок {run.Rows} за {run.ComputedOn:dd.MM.yyyy}; самые долгие шаги последнего прогона: " +
                string.Join("; ", _steps.OrderByDescending(s => s.Ms).Take(6).Select(s => $"{s.Step} {ScenarioRunner.Format(s.Ms)} ms")));
        BenchmarkDatabase.Delete(_path);
        return Task.CompletedTask;
    }
}
