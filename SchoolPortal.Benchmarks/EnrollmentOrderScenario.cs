using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// «Распорядительный акт о зачислении» on a copy of the cached region: one order enrolling 120 children directed to a
/// school's grade 1 of the next year (new cards, memberships, statuses «Зачислен», EPGU messages, audit, one transaction).
/// Before each run (outside the clock) 120 new first-stage applications are registered, reviewed and directed.
/// </summary>
public sealed class EnrollmentOrderScenario : IBenchmarkScenario
{
    public const int Children = 120;
    private const int Year = 2027;
    private static readonly DateOnly Today = new(Year, 7, 2);
    private static readonly DateTimeOffset Now = new(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(5));
    private string _path = "";
    private int _schoolId;
    private int _classId;
    private int _run;
    private List<int> _applications = [];
    private EnrollmentResult? _last;

    public string Description => "распорядительный акт о зачислении 120 детей в 1 класс";
    public int DefaultRuns => 5;
    public int DefaultWarmups => 1;

    public double? TargetMilliseconds(string size) => 1000;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        _path = Path.Combine(BenchmarkDatabase.Folder, $"enrollment-order-{Guid.NewGuid():N}.db");
        File.Copy(cached, _path);
        await using var db = BenchmarkDatabase.Open(_path);
        _schoolId = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var current = await db.AcademicYears.Where(y => y.SchoolId == _schoolId && y.Status == AcademicYearStatus.Current).Select(y => y.Id).SingleAsync();
        var next = new AcademicYear(_schoolId, Year);
        db.AcademicYears.Add(next);
        await db.SaveChangesAsync();
        var firstGrade = new SchoolClass(_schoolId, next.Id, new GradeLevel(1), "Я");
        db.Classes.Add(firstGrade);
        db.RolloverPlans.Add(new RolloverPlan(_schoolId, current, next.Id, Year, Now.AddMonths(-3)));
        await db.SaveChangesAsync();
        _classId = firstGrade.Id;
    }

    public async Task BeforeRunAsync()
    {
        _run++;
        var campaign = AdmissionCampaign.Default(Year);
        await using var db = BenchmarkDatabase.Open(_path);
        var applications = new List<EnrollmentApplication>();
        for (var k = 0; k < Children; k++)
        {
            var name = PersonName.Create("Тестов", k % 2 == 0 ? "Иван" : "Мария", k % 2 == 0 ? "Петрович" : "Петровна");
            var filed = new DateOnly(Year, 4, 5);
            var application = new EnrollmentApplication($"bench-{_run}-{k:D4}", ApplicationChannel.Epgu, ApplicationKind.FirstGrade, _schoolId, Year,
                filed, name, new DateOnly(Year - 7, 3, 1).AddDays(k), k % 2 == 0 ? Gender.Male : Gender.Female, PersonName.Create("Тестова", "Анна", "Ивановна"),
                "benchmark", Now.AddMonths(-3), 6_000_000_000 + _run * 1000 + k, Now.AddMonths(-3));
            application.ChangeChild(name, application.ChildBirthDate, application.ChildGender, null,
                IdentityDocument.BirthCertificate("I-БВ", $"{_run * 1000 + k + 100000:D6}", filed.AddYears(-6)), null, null, null);
            application.ChangeRight(AdmissionRight.Sibling, null, "Тестов Пётр Петрович");
            application.Register("benchmark", Now.AddMonths(-3), campaign);
            application.TakeForReview("benchmark", Now.AddMonths(-3));
            application.Direct("benchmark", Now.AddDays(-1), Today, campaign);
            applications.Add(application);
        }
        db.EnrollmentApplications.AddRange(applications);
        await db.SaveChangesAsync();
        _applications = applications.Select(a => a.Id).ToList();
        SqliteConnection.ClearAllPools();
    }

    public async Task RunAsync()
    {
        var admin = new PortalUser(1, "bench", "Администратор", Role.SchoolAdmin, _schoolId, null);
        var factory = new BenchmarkContextFactory(_path);
        var service = new EnrollmentOrderService(new PortalDb(factory, new FixedUser(admin)), new EnrollmentSettings(factory), new PinnedClock(Now));
        _last = await service.IssueAsync(new OrderForm($"{_run}-з", Today, _classId, _applications));
        if (!_last.Ok)
            throw new InvalidOperationException(_last.Message);
    }

    public Task FinishAsync()
    {
        if (_last is { } result)
            Console.WriteLine($"  последний прогон: {result.Message}");
        BenchmarkDatabase.Delete(_path);
        return Task.CompletedTask;
    }
}
