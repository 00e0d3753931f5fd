using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// «Приемная кампания» as the region operator opens it: the demo's finished 2026 campaign, first stage — the three headline
/// figures and the district table (counted per school in the database, rolled up to districts), on the cached region.
/// </summary>
public sealed class CampaignDashboardScenario : IBenchmarkScenario
{
    private const int Year = 2026;
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(5));
    private CampaignDashboardService _service = null!;
    private CampaignOverview? _last;

    public string Description => "приёмная кампания региона: три показателя и таблица по районам (оператор региона)";
    public int DefaultRuns => 20;
    public int DefaultWarmups => 3;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 300 : null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var path = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        var factory = new BenchmarkContextFactory(path);
        var operatorUser = new PortalUser(1, "bench", "Оператор региона", Role.RegionOperator, null, null);
        _service = new CampaignDashboardService(new PortalDb(factory, new FixedUser(operatorUser)), new EnrollmentSettings(factory), new PinnedClock(Now));
        var overview = await _service.OverviewAsync(Year, CampaignPart.FirstStage);
        Console.WriteLine($"  заявлений первого этапа {Year}: {overview.Total.Filed}, с ЕПГУ {overview.Total.Epgu}, районов {overview.Districts.Count}");
        // The rest of the page, once each and outside the measured runs: what opening the whole page costs beside the figure.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var days = await _service.DaysAsync(Year, CampaignPart.FirstStage);
        var daysMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var places = await _service.PlacesAsync(Year);
        Console.WriteLine($"  остальное на странице (один прогон, холодный): по дням {daysMs:0} ms ({days.Count} дней), места {watch.Elapsed.TotalMilliseconds:0} ms ({places.Count} школ)");
    }

    public async Task RunAsync() => _last = await _service.OverviewAsync(Year, CampaignPart.FirstStage);

    public string? Summary(double median) => _last is { } o ? $", заявлений {o.Total.Filed}, районов {o.Districts.Count}" : null;
}
