using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Features.Duplicates;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// «Проверка наличия «дублей»» over the whole region as the region operator runs it: every parent record read and grouped
/// by SNILS, document, name + birth date and the weak rule. Before the measured runs it also scans the first 10%, 25%,
/// 50% and 100% of the districts, to show the time grows with the number of parents (near-linear), not quadratically.
/// </summary>
public sealed class DuplicateScanScenario : IBenchmarkScenario
{
    private static readonly double[] Shares = [0.10, 0.25, 0.50, 1.00];
    private string _path = "";
    private ParentScan? _last;

    // Processor time of the process per run (all its threads, the GC's too): on a machine shared with other work the
    // wall-clock median grows with the load, this much less.
    private readonly List<double> _cpu = [];

    public string Description => "поиск дублей родителей по всему региону (оператор региона)";
    public int DefaultRuns => 5;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 5000 : null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        _path = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        List<(int Id, int Pupils)> schools;
        await using (var db = BenchmarkDatabase.Open(_path))
            schools = (await db.Pupils.GroupBy(p => p.SchoolId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync())
                .OrderBy(s => s.Id).Select(s => (s.Id, s.Count)).ToList();
        var total = schools.Sum(s => s.Pupils);
        Console.WriteLine("  рост по доле региона (первые школы по номеру, пока не набрана доля учеников; по 3 прогона, медиана):");
        foreach (var share in Shares)
        {
            var chosen = new List<int>();
            var pupils = 0;
            foreach (var (id, count) in schools)
            {
                if (pupils >= total * share)
                    break;
                chosen.Add(id);
                pupils += count;
            }
            // 100%: the region operator's own path (no school list), the one the median below measures.
            var scope = share >= 1 ? ScanScope.Region : new ScanScope(chosen, $"{share:P0}");
            var times = new List<double>();
            ParentScan? scan = null;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var clock = Stopwatch.StartNew();
                await using var db = BenchmarkDatabase.Open(_path);
                scan = await DuplicateFinder.ScanParentsAsync(db, scope, CancellationToken.None);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var median = ScenarioRunner.Median(times);
            Console.WriteLine($"  {share,5:P0}: школ {chosen.Count}, родителей {scan!.Scanned}, групп {scan.Groups.Count}, " +
                $"медиана {ScenarioRunner.Format(median)} ms (чтение {ScenarioRunner.Format(scan.ReadElapsed.TotalMilliseconds)} ms, адресов прочитано {scan.AddressesRead}), " +
                $"{ScenarioRunner.Format(median * 1000 / Math.Max(1, scan.Scanned))} мкс на запись");
        }
    }

    public async Task RunAsync()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using var db = BenchmarkDatabase.Open(_path);
        var scan = await DuplicateFinder.ScanParentsAsync(db, ScanScope.Region, CancellationToken.None);
        _cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        _last = scan;
    }


    public Task FinishAsync()
    {
        if (_last is { } scan)
            Console.WriteLine($"  весь регион: родителей {scan.Scanned}, групп {scan.Groups.Count} (сильных {scan.StrongCount}, кандидатов {scan.CandidateCount}); " +
                $"последний прогон: чтение {ScenarioRunner.Format(scan.ReadElapsed.TotalMilliseconds)} ms из {ScenarioRunner.Format(scan.Elapsed.TotalMilliseconds)} ms; " +
                $"процессорное время прогона (медиана): {ScenarioRunner.Format(ScenarioRunner.Median(_cpu))} ms; нагрузка машины (load average): " +
                (File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(" ")[0] : "н/д"));
        return Task.CompletedTask;
    }
}
