using SchoolPortal.Data.DemoRegion;

namespace SchoolPortal.Benchmarks;

/// <summary>Generates the region (default size: region) into a fresh migrated SQLite file; the migration is not timed.</summary>
public sealed class SeedRegionScenario : IBenchmarkScenario
{
    private DemoSize _size = DemoSize.Region;
    private string? _path;

    public string Description => "генерация региона в пустую базу SQLite";
    public int DefaultRuns => 5;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 60_000 : size == DemoSize.Demo.Name ? 5_000 : null;

    public Task PrepareAsync(BenchmarkOptions options)
    {
        _size = options.Size ?? DemoSize.Region;
        return Task.CompletedTask;
    }

    public async Task BeforeRunAsync() => _path = await BenchmarkDatabase.NewAsync();

    public Task RunAsync()
    {
        using var db = BenchmarkDatabase.Open(_path!);
        new DemoRegionGenerator(_size, DemoRegionGenerator.FixedDay).Generate(db);
        return Task.CompletedTask;
    }

    public Task AfterRunAsync()
    {
        BenchmarkDatabase.Delete(_path!);
        return Task.CompletedTask;
    }
}
