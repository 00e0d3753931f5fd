using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Tests.Portfolio;

/// <summary>
/// The family access check is kept per account for <see cref="PortfolioService.FamilyAccess"/>'s lifetime; a change to a
/// link or an account saved through the portal's contexts closes access at once, a change written elsewhere within the
/// lifetime. Real SQLite, the portal's cache and its save interceptor on the contexts.
/// </summary>
public sealed class FamilyAccessCacheTests : IDisposable
{
    private readonly PortfolioWorld _w = new();
    private readonly ManualClock _clock = ManualClock.On(TestRegion.Today);
    private readonly PortalCache _cache;
    private readonly QueryCounter _db;

    public FamilyAccessCacheTests()
    {
        _cache = PortalCache.InProcess(_clock);
        _db = new QueryCounter(_w.Database.ConnectionString, new CacheInvalidation(_cache));
    }

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task The_access_check_is_read_once_while_kept_and_read_again_after_its_lifetime()
    {
        var service = Service(_w.Mother);
        await service.PortfolioAsync(_w.Sister.Id);

        Assert.Equal(0, await QueriesAsync(() => service.PortfolioAsync(_w.Sister.Id)));
        _clock.Advance(PortfolioService.FamilyAccess.Lifetime + TimeSpan.FromSeconds(1));
        // The account and its children are read again; the portfolio itself is still within its own lifetime.
        Assert.Equal(2, await QueriesAsync(() => service.PortfolioAsync(_w.Sister.Id)));
    }

    [Fact]
    public async Task Unlinking_a_child_through_the_portal_closes_the_childs_portfolio_at_once()
    {
        var service = Service(_w.Mother);
        await service.PortfolioAsync(_w.Sister.Id);

        await using (var db = _db.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
        {
            db.ParentLinks.Remove(await db.ParentLinks.SingleAsync(l => l.ParentId == _w.Region.Parent1.Id && l.PupilId == _w.Sister.Id));
            await db.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => service.PortfolioAsync(_w.Sister.Id));
        Assert.Equal(PortfolioService.NotYourChild, refused.Message);
        Assert.Equal("Иванов Пётр Сергеевич", (await service.PortfolioAsync(_w.Ivanov.Id)).Child.FullName);
    }

    [Fact]
    public async Task Disabling_the_account_through_the_portal_closes_every_portfolio_at_once()
    {
        var service = Service(_w.Mother);
        Assert.Equal(2, (await service.HomeAsync()).Children.Count);

        await using (var db = _db.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
        {
            var account = await db.UserAccounts.SingleAsync(a => a.Id == _w.Mother.AccountId);
            account.Disable();
            await db.SaveChangesAsync();
        }

        Assert.Empty((await service.HomeAsync()).Children);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.PortfolioAsync(_w.Ivanov.Id));
    }

    [Fact]
    public async Task A_change_written_past_the_portal_closes_access_when_the_lifetime_ends()
    {
        var service = Service(_w.Mother);
        await service.PortfolioAsync(_w.Sister.Id);

        // Another node or a bulk statement: this node's interceptor does not see it.
        await using (var db = _w.Database.System())
            await db.ParentLinks.Where(l => l.ParentId == _w.Region.Parent1.Id && l.PupilId == _w.Sister.Id).ExecuteDeleteAsync();

        await service.PortfolioAsync(_w.Sister.Id);
        _clock.Advance(PortfolioService.FamilyAccess.Lifetime);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.PortfolioAsync(_w.Sister.Id));
    }

    [Fact]
    public async Task A_read_overtaken_by_a_change_is_not_kept()
    {
        IReadOnlyList<VisiblePupil> before = [new(1, 1, false)];
        IReadOnlyList<VisiblePupil> after = [];

        string[] tags = [CacheTags.Account(_w.Mother.AccountId)];

        var overtaken = await _cache.GetOrCreateAsync(PortfolioService.FamilyAccess, "mother", async _ =>
        {
            await _cache.RemoveByTagsAsync(tags);
            return before;
        }, tags);
        var next = await _cache.GetOrCreateAsync(PortfolioService.FamilyAccess, "mother", _ => Task.FromResult(after), tags);

        Assert.Same(before, overtaken);
        Assert.Same(after, next);
    }

    [Fact]
    public async Task The_roles_of_the_sign_in_are_part_of_what_is_kept()
    {
        var asParent = await Service(_w.Mother).HomeAsync();
        // The same account signed in as a pupil: it has no pupil record, so it sees nobody, whatever the parent's entry holds.
        var asPupil = await Service(_w.Mother with { Roles = Role.Pupil }).HomeAsync();
        var again = await Service(_w.Mother).HomeAsync();

        Assert.Equal(2, asParent.Children.Count);
        Assert.Empty(asPupil.Children);
        Assert.Equal(asParent.Children.Select(c => c.PupilId), again.Children.Select(c => c.PupilId));
    }

    private PortfolioService Service(PortalUser user) =>
        new(_w.Database.For(user), _db, _clock, PortfolioWorld.NoCache, _cache);

    private async Task<int> QueriesAsync<T>(Func<Task<T>> page)
    {
        _db.Reset();
        await page();
        return _db.Count;
    }
}
