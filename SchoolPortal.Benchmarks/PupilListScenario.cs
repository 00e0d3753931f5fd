using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// The pupil list's page query as the screen runs it: a school administrator of the largest school, surnames А–К,
/// grade level 5, enrolled pupils, the default columns, first page of 50, count included.
/// </summary>
public sealed class PupilListScenario : IBenchmarkScenario
{
    private static readonly PupilFilter Filter = PupilFilter.Default with { LetterFrom = 'А', LetterTo = 'К', Grade = 5, Status = PupilStatus.Enrolled };
    private PupilListQuery _query = null!;

    public string Description => "страница списка учеников с фильтрами (администратор школы)";
    public int DefaultRuns => 30;
    public int DefaultWarmups => 3;

    public double? TargetMilliseconds(string size) => size == DemoSize.Region.Name ? 20 : null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var path = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Region);
        int schoolId;
        await using (var db = BenchmarkDatabase.Open(path))
            schoolId = await db.Pupils.GroupBy(p => p.SchoolId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var admin = new PortalUser(1, "bench", "Администратор", Role.SchoolAdmin, schoolId, null);
        _query = new PupilListQuery(new PortalDb(new BenchmarkContextFactory(path), new FixedUser(admin)));
        Console.WriteLine($"Школа {schoolId}; найдено учеников: {(await _query.RunAsync(Request())).Total}");
    }

    public Task RunAsync() => _query.RunAsync(Request());

    private static PupilListRequest Request() => new(Filter, PupilColumns.Default, PupilColumn.DisplayName, false, 0, 50);
}
