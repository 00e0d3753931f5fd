using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Tests.Portfolio;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Caching;

/// <summary>
/// The portal's cache on one node (no Redis, as embedded): a save through the portal removes the tags of what it changed, so
/// the next read sees the change at once; a change written past the portal waits for the entry's lifetime. Real SQLite.
/// </summary>
public sealed class CacheInvalidationTests : IAsyncLifetime
{
    private readonly PortfolioWorld _w = new();
    private CacheNode _node = null!;

    public Task InitializeAsync()
    {
        _node = new CacheNode(_w.Database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        _w.Dispose();
    }

    [Fact]
    public async Task Disabling_an_account_through_the_portal_has_its_state_read_again_at_once()
    {
        var before = await _node.Accounts.GetAsync(_w.Mother.AccountId);
        // Past the portal (a bulk statement): the kept state does not see it.
        await using (var db = _w.Database.System())
            await db.UserAccounts.Where(a => a.Id == _w.Mother.AccountId).ExecuteUpdateAsync(a => a.SetProperty(x => x.SecurityStamp, "past-the-portal"));
        _node.Db.Reset();
        var kept = await _node.Accounts.GetAsync(_w.Mother.AccountId);
        var keptQueries = _node.Db.Count;

        await using (var db = _node.Db.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
        {
            (await db.UserAccounts.SingleAsync(a => a.Id == _w.Mother.AccountId)).Disable();
            await db.SaveChangesAsync();
        }
        var after = await _node.Accounts.GetAsync(_w.Mother.AccountId);

        Assert.False(before!.IsDisabled);
        Assert.Same(before, kept);
        Assert.Equal(0, keptQueries);
        Assert.True(after!.IsDisabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
    }

    [Fact]
    public async Task A_mark_saved_through_the_portal_shows_in_the_kept_portfolio_at_once()
    {
        var service = new PortfolioService(_w.Database.For(_w.Mother), _node.Db, ManualClock.On(TestRegion.Today), PortfolioWorld.NoCache, _node.Cache);
        var before = await service.PortfolioAsync(_w.Ivanov.Id);

        await using (var db = _node.Db.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
        {
            var cell = await db.JournalCells.SingleAsync(c => c.LessonId == _w.Math3.Id && c.PupilId == _w.Ivanov.Id);
            cell.Change(CellInput.Parse("2", cell.Marks, WorkType.Answer, GradingScale.Marks), cell.Version, "teacher", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        var after = await service.PortfolioAsync(_w.Ivanov.Id);

        Assert.NotSame(before, after);
        Assert.Contains(Marks(after), m => m == "2");
        Assert.DoesNotContain(Marks(before), m => m == "2");
    }

    [Fact]
    public async Task Hits_and_misses_are_counted_by_kind_without_ids()
    {
        var seen = new List<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CacheMetrics.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (seen)
                seen.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
        });
        listener.Start();

        await _node.Accounts.GetAsync(_w.Mother.AccountId);
        await _node.Accounts.GetAsync(_w.Mother.AccountId);

        lock (seen)
        {
            Assert.Contains(("schoolportal.cache.misses", 1L, "kind=account-state"), seen);
            Assert.Contains(("schoolportal.cache.hits", 1L, "kind=account-state"), seen);
            Assert.DoesNotContain(seen, s => s.Tags.Contains(_w.Mother.AccountId.ToString()));
        }
    }

    private static IEnumerable<string> Marks(ChildPortfolio portfolio) =>
        portfolio.Subjects.SelectMany(s => s.Periods).SelectMany(p => p.Marks).Select(m => m.Value);
}
