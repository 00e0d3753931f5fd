using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// «Соблюдение Порядка приема (Приказ № 458)» for the region operator: every application of the demo's finished grade-1
/// campaign year checked, counted per district and school, with the rows (the page's one call), on a copy of the cached
/// region with the clock on the day of the newest application.
/// </summary>
public sealed class ViolationsScenario : IBenchmarkScenario
{
    private string _path = "";
    private int _year;
    private ViolationsService _service = null!;
    private ViolationReport? _last;

    public string Description => "нарушения Порядка приема по районам и школам (оператор региона)";
    public int DefaultRuns => 5;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 1000 : null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        // A copy: the first report may write the production calendar into a database that holds none.
        _path = Path.Combine(BenchmarkDatabase.Folder, $"violations-{Guid.NewGuid():N}.db");
        File.Copy(cached, _path);
        DateOnly today;
        await using (var db = BenchmarkDatabase.Open(_path))
        {
            _year = await db.EnrollmentApplications.Where(a => a.Kind == ApplicationKind.FirstGrade)
                .GroupBy(a => a.Year).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            today = await db.EnrollmentApplications.OrderByDescending(a => a.FiledOn).Select(a => a.FiledOn).FirstAsync();
        }
        var operatorUser = new PortalUser(1, "bench", "Оператор региона", Role.RegionOperator, null, null);
        var factory = new BenchmarkContextFactory(_path);
        _service = new ViolationsService(new PortalDb(factory, new FixedUser(operatorUser)), new EnrollmentSettings(factory),
            new PinnedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(5))));
        Console.WriteLine($"Кампания {_year}, день {today:dd.MM.yyyy}");
    }

    public async Task RunAsync() => _last = await _service.ReportAsync(_year);

    public Task FinishAsync()
    {
        if (_last is { } report)
        {
            Console.WriteLine($"  проверено заявлений: {report.ApplicationsChecked}, нарушений: {report.Counts.Total} в {report.Counts.Applications} заявлениях, районов: {report.Districts.Count}");
            foreach (var kind in Enum.GetValues<ViolationKind>())
                Console.WriteLine($"  {AdmissionViolation.Name(kind)}: {report.Counts.Of(kind)}");
        }
        BenchmarkDatabase.Delete(_path);
        return Task.CompletedTask;
    }
}
