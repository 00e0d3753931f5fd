using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Tests.Portfolio;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Caching;

/// <summary>
/// Two nodes (two service providers, each with its own memory) sharing a real redis-server and one SQLite database: a save on
/// node A removes the tags it touched on node B at once (the channel «schoolportal:cache-tags»), shared values come from
/// Redis, values kept for the node stay there.
/// </summary>
public sealed class RedisCacheTests : IAsyncLifetime
{
    private static readonly CacheKind SharedKind = new("test-shared", TimeSpan.FromMinutes(5), Shared: true);
    private static readonly CacheKind LocalKind = new("test-local", TimeSpan.FromMinutes(5), Shared: false);

    private readonly PortfolioWorld _w = new();
    private readonly RedisServer _redis = new();
    private CacheNode _a = null!;
    private CacheNode _b = null!;

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        _a = new CacheNode(_w.Database, _redis.ConnectionString);
        _b = new CacheNode(_w.Database, _redis.ConnectionString);
        // Resolve both caches now: each subscribes to the tag channel when it is created.
        Assert.True(_a.Cache.IsShared && _b.Cache.IsShared);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
        _w.Dispose();
    }

    [RedisFact]
    public async Task Unlinking_a_child_on_node_A_closes_the_portfolio_kept_on_node_B_at_once()
    {
        var onB = Portfolios(_b, _w.Mother);
        await onB.PortfolioAsync(_w.Sister.Id);
        _b.Db.Reset();
        await onB.PortfolioAsync(_w.Sister.Id);
        var keptQueries = _b.Db.Count;

        await using (var db = _a.Db.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
        {
            db.ParentLinks.Remove(await db.ParentLinks.SingleAsync(l => l.ParentId == _w.Region.Parent1.Id && l.PupilId == _w.Sister.Id));
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, keptQueries);
        var refused = await Eventually(() => Assert.ThrowsAsync<AccessDeniedException>(() => onB.PortfolioAsync(_w.Sister.Id)));
        Assert.Equal(PortfolioService.NotYourChild, refused.Message);
    }

    [RedisFact]
    public async Task Disabling_an_account_on_node_A_is_seen_by_node_B_at_once()
    {
        var before = await _b.Accounts.GetAsync(_w.Mother.AccountId);

        await using (var db = _a.Db.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
        {
            (await db.UserAccounts.SingleAsync(a => a.Id == _w.Mother.AccountId)).Disable();
            await db.SaveChangesAsync();
        }

        Assert.False(before!.IsDisabled);
        var after = await Eventually(async () => await _b.Accounts.GetAsync(_w.Mother.AccountId) is { IsDisabled: true } state
            ? state
            : throw new Xunit.Sdk.XunitException("Узел B всё ещё видит учётную запись незаблокированной."));
        Assert.False(after.Admits(before.SecurityStamp));
    }

    [RedisFact]
    public async Task A_shared_value_comes_from_redis_to_the_other_node_and_a_local_one_stays_on_its_node()
    {
        await _a.Cache.GetOrCreateAsync(SharedKind, "k", _ => Task.FromResult("с узла A"), [CacheTags.School(1)]);
        await _a.Cache.GetOrCreateAsync(LocalKind, "k", _ => Task.FromResult("с узла A"), [CacheTags.School(1)]);

        var shared = await _b.Cache.GetOrCreateAsync(SharedKind, "k", _ => Task.FromResult("с узла B"), [CacheTags.School(1)]);
        var local = await _b.Cache.GetOrCreateAsync(LocalKind, "k", _ => Task.FromResult("с узла B"), [CacheTags.School(1)]);

        Assert.Equal("с узла A", shared);
        Assert.Equal("с узла B", local);
    }

    [RedisFact]
    public async Task A_portfolio_built_on_node_A_is_read_whole_from_redis_on_node_B()
    {
        var built = await Portfolios(_a, _w.Mother).PortfolioAsync(_w.Ivanov.Id);

        _b.Db.Reset();
        var read = await Portfolios(_b, _w.Mother).PortfolioAsync(_w.Ivanov.Id);

        Assert.Equal(0, _b.Db.Count);
        Assert.NotEmpty(read.Subjects);
        Assert.Equal(JsonSerializer.Serialize(built), JsonSerializer.Serialize(read));
    }

    private PortfolioService Portfolios(CacheNode node, PortalUser user) =>
        new(_w.Database.For(user), node.Db, ManualClock.On(TestRegion.Today), ClassAverages.Cached(node.Cache), node.Cache);

    /// <summary>
    /// The removal travels through Redis pub/sub: it arrives before the save returns in practice, and in any case within
    /// milliseconds; a second is the bound this test holds the nodes to.
    /// </summary>
    private static async Task<T> Eventually<T>(Func<Task<T>> check)
    {
        var until = DateTime.UtcNow.AddSeconds(1);
        while (true)
        {
            try
            {
                return await check();
            }
            catch (Exception) when (DateTime.UtcNow < until)
            {
                await Task.Delay(10);
            }
        }
    }
}
