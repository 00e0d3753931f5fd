using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Tests.DemoRegion;
using SchoolPortal.Tests.TestKit;
using Xunit.Abstractions;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Tests.Portfolio;

/// <summary>
/// One portfolio page build on the demo region, as a parent opens it: a dozen queries (the times are written to the test
/// output for reference; the load target is measured by the `portfolio-load` benchmark, not asserted here).
/// </summary>
public sealed class PortfolioLoadTests(DemoRegionFixture demo, ITestOutputHelper output) : IClassFixture<DemoRegionFixture>
{
    [Fact]
    public async Task A_portfolio_page_on_the_demo_region_takes_a_few_queries_and_milliseconds()
    {
        var (parent, pupilId) = await BusiestChildOfAParentAsync();
        var counter = new QueryCounter(demo.Database.ConnectionString);
        var cache = ClassAverages.Cached(PortalCache.InProcess());
        var service = new PortfolioService(new PortalDb(counter, new FixedUser(parent)), counter, ManualClock.On(TestRegion.Today), cache);
        var uncached = new PortfolioService(new PortalDb(counter, new FixedUser(parent)), counter, ManualClock.On(TestRegion.Today),
            PortfolioWorld.NoCache);

        var first = await uncached.PortfolioAsync(pupilId);
        Assert.NotEmpty(first.Subjects);
        Assert.True(first.Attendance.Lessons > 0);
        var cold = await CountAsync(counter, () => uncached.PortfolioAsync(pupilId));
        await service.PortfolioAsync(pupilId);
        var warm = await CountAsync(counter, () => service.PortfolioAsync(pupilId));
        var diary = await CountAsync(counter, () => service.DiaryAsync(pupilId, "2026-11-23"));

        var coldTimes = await TimeAsync(() => uncached.PortfolioAsync(pupilId));
        var warmTimes = await TimeAsync(() => service.PortfolioAsync(pupilId));
        var marks = first.Subjects.Sum(s => s.Periods.Sum(p => p.Marks.Count));
        output.WriteLine($"portfolio, class averages read: {cold} queries, median {coldTimes[15]:0.0} ms, p95 {coldTimes[28]:0.0} ms");
        output.WriteLine($"portfolio, class averages cached: {warm} queries, median {warmTimes[15]:0.0} ms, p95 {warmTimes[28]:0.0} ms");
        output.WriteLine($"diary: {diary} queries; {first.Subjects.Count} subjects, {marks} marks, {first.Attendance.Lessons} lessons this period");
        // 13 before issue 14, plus one for the family's own calls and meetings (PupilEvent).
        Assert.InRange(cold, 1, 14);
        Assert.Equal(cold - 1, warm);
        Assert.InRange(diary, 1, 8);
    }

    private static async Task<int> CountAsync<T>(QueryCounter counter, Func<Task<T>> page)
    {
        counter.Reset();
        await page();
        return counter.Count;
    }

    private static async Task<List<double>> TimeAsync<T>(Func<Task<T>> page)
    {
        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var watch = Stopwatch.StartNew();
            await page();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    private async Task<(PortalUser Parent, int PupilId)> BusiestChildOfAParentAsync()
    {
        await using var db = demo.Database.System();
        var candidate = await (
                from a in db.UserAccounts
                where a.ParentId != null && (a.Roles & Role.Parent) != 0
                from l in db.ParentLinks
                where l.ParentId == a.ParentId
                orderby db.JournalCells.Count(c => c.PupilId == l.PupilId) descending
                select new { a.Id, a.Login, a.DisplayName, l.PupilId })
            .FirstAsync();
        return (new PortalUser(candidate.Id, candidate.Login, candidate.DisplayName, Role.Parent, null, null), candidate.PupilId);
    }

    private sealed class FixedUser(PortalUser user) : ICurrentUser
    {
        public Task<PortalUser> GetAsync() => Task.FromResult(user);
    }
}
