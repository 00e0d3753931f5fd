using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Features.NewYear.Engine;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// The final step of «Формирование нового учебного года» on a copy of the cached generated region (never regenerated):
/// outside the clock every school's plan is proposed (as StartAsync does), graduates get order numbers and the five steps
/// are confirmed; the clock measures opening the schools, one transaction each, as the jobs do. Between runs the schools
/// are rolled back (undo), outside the clock. <c>rollover-school</c>: the biggest school; <c>rollover-region</c>: all
/// schools, with the elapsed time when 10%, 25%, 50% and 100% of them were open.
/// </summary>
public sealed class RolloverScenario(bool wholeRegion) : IBenchmarkScenario
{
    private static readonly double[] Shares = [0.10, 0.25, 0.50, 1.00];
    private static readonly AuditActor Operator = new(null, "benchmark");
    private static readonly DateTimeOffset Now = new(2027, 8, 25, 12, 0, 0, TimeSpan.Zero);
    // The region's day of Now: late August, when forming the new year is open (from 1 April).
    private static readonly DateOnly Today = new(2027, 8, 25);
    private string _path = "";
    private List<int> _plans = [];
    private readonly List<string> _growth = [];

    public string Name => wholeRegion ? "rollover-region" : "rollover-school";
    public string Description => wholeRegion ? "открытие нового учебного года во всех школах региона" : "открытие нового учебного года в одной школе (~1000 учеников)";
    public int DefaultRuns => wholeRegion ? 3 : 5;
    public int DefaultWarmups => wholeRegion ? 0 : 1;

    public double? TargetMilliseconds(string size) => wholeRegion ? 120_000 : 2_000;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var size = options.Size ?? DemoSize.Region;
        var cached = Directory.GetFiles(BenchmarkDatabase.Folder, $"{size.Name}-v{DemoRegionGenerator.Version}-*.db").OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? await BenchmarkDatabase.CachedRegionAsync(size);
        _path = Path.Combine(BenchmarkDatabase.Folder, $"rollover-{Guid.NewGuid():N}.db");
        SqliteConnection.ClearAllPools();
        File.Copy(cached, _path);
        await using (var db = BenchmarkDatabase.Open(_path))
        {
            await db.Database.MigrateAsync();
            var pupils = await db.Pupils.GroupBy(p => p.SchoolId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var schools = wholeRegion
                ? pupils.OrderBy(s => s.Key).Select(s => s.Key).ToList()
                : [pupils.OrderBy(s => Math.Abs(s.Count - 1000)).First().Key];
            var clock = Stopwatch.StartNew();
            foreach (var school in schools)
            {
                await using var one = BenchmarkDatabase.Open(_path);
                _plans.Add(await RolloverProposals.StartAsync(one, school, Now, Today, CancellationToken.None));
            }
            await db.PupilMoves.Where(m => m.Kind == PupilMoveKind.Graduate).ExecuteUpdateAsync(u => u.SetProperty(m => m.OrderNumber, "99-у"));
            await db.RolloverPlans.ExecuteUpdateAsync(u => u.SetProperty(p => p.PeriodsConfirmedAt, Now).SetProperty(p => p.ClassesConfirmedAt, Now)
                .SetProperty(p => p.MovementConfirmedAt, Now).SetProperty(p => p.HolidaysConfirmedAt, Now).SetProperty(p => p.StaffConfirmedAt, Now));
            var moves = await db.PupilMoves.CountAsync();
            Console.WriteLine($"  планы: школ {schools.Count}, учеников в планах {moves}, подготовка (вне замера) {ScenarioRunner.Format(clock.Elapsed.TotalMilliseconds)} ms");
        }
    }

    public async Task BeforeRunAsync()
    {
        foreach (var plan in _plans)
        {
            await using var db = BenchmarkDatabase.Open(_path);
            if (await db.RolloverPlans.AnyAsync(p => p.Id == plan && p.State == RolloverState.Opened))
                await RolloverUndo.UndoAsync(db, plan, Operator, Now, CancellationToken.None);
        }
    }

    public async Task RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var marks = Shares.Select(s => (Share: s, Count: Math.Max(1, (int)Math.Ceiling(_plans.Count * s)))).ToList();
        var times = new List<string>();
        for (var i = 0; i < _plans.Count; i++)
        {
            await using var db = BenchmarkDatabase.Open(_path);
            await RolloverOpening.OpenAsync(db, _plans[i], Operator, Now, (_, _, _) => Task.CompletedTask, CancellationToken.None);
            foreach (var mark in marks.Where(m => m.Count == i + 1))
                times.Add($"{mark.Share:P0} ({mark.Count} шк.) {ScenarioRunner.Format(clock.Elapsed.TotalMilliseconds)} ms");
        }
        if (wholeRegion)
            _growth.Add(string.Join(", ", times));
    }

    public Task FinishAsync()
    {
        foreach (var line in _growth)
            Console.WriteLine($"  рост: {line}");
        BenchmarkDatabase.Delete(_path);
        return Task.CompletedTask;
    }
}
