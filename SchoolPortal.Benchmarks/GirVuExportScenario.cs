using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Features.MilitaryRegistration;
using SchoolPortal.Integrations.GirVu;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// «Новая выгрузка в ГИР ВУ» for the whole region as the region operator starts it: the cohort selected with one projection,
/// every pupil checked, a package built per school and written through the folder gateway into a temporary outbox, the
/// packages and submissions recorded. The cached region is copied once (the run writes); between runs the exchange tables
/// and the outbox are emptied outside the clock, so every run sends the whole cohort.
/// </summary>
public sealed class GirVuExportScenario : IBenchmarkScenario
{
    private readonly string _folder = Path.Combine(BenchmarkDatabase.Folder, $"girvu-{Guid.NewGuid():N}");
    private string _path = "";
    private GirVuRunResult? _last;

    public string Description => "ГИР ВУ: отбор, проверка и сборка пакетов всех школ региона";
    public int DefaultRuns => 5;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 5000 : null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        _path = Path.Combine(BenchmarkDatabase.Folder, $"girvu-{Guid.NewGuid():N}.db");
        File.Copy(cached, _path);
    }

    public async Task BeforeRunAsync()
    {
        await using (var db = BenchmarkDatabase.Open(_path))
        {
            await db.GirVuSubmissions.ExecuteDeleteAsync();
            await db.GirVuExchanges.ExecuteDeleteAsync();
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    public async Task RunAsync()
    {
        var runner = new GirVuExchangeRunner(new BenchmarkContextFactory(_path), new FolderGirVuGateway(GirVuFolders.Under(_folder)),
            new PinnedClock(new DateTimeOffset(DemoRegionGenerator.FixedDay.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero)),
            NullLogger<GirVuExchangeRunner>.Instance);
        _last = await runner.RunAsync(GirVuScope.Region, AuditActor.System);
    }

    public Task FinishAsync()
    {
        if (_last is { } result)
            Console.WriteLine($"  последний прогон: {result}; пакетов в папке: {Directory.GetFiles(GirVuFolders.Under(_folder).Outbox).Length}");
        BenchmarkDatabase.Delete(_path);
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
