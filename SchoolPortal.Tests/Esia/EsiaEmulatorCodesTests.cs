using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Esia;

/// <summary>The emulator's authorization codes live in the database: any node redeems a code, once.</summary>
public sealed class EsiaEmulatorCodesTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ManualClock _clock = ManualClock.On(new DateOnly(2026, 11, 28));

    [Fact]
    public async Task A_code_issued_on_one_node_is_redeemed_on_the_other_once_and_only_its_hash_is_stored()
    {
        var code = Node().Issue(Grant());
        var otherNode = Node();

        var grant = otherNode.Take(code);
        var replay = otherNode.Take(code);

        Assert.Equal("1000123456", grant?.Oid);
        Assert.Equal("https://portal.example/signin-esia", grant?.RedirectUri);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(2), grant?.ExpiresAt);
        Assert.Null(replay);
        await using var db = _database.System();
        Assert.Empty(await db.EsiaEmulatorCodes.ToListAsync());
        var another = Node().Issue(Grant());
        var stored = await db.EsiaEmulatorCodes.SingleAsync();
        Assert.NotEqual(another, stored.CodeHash);
        Assert.DoesNotContain(another, stored.CodeHash);
    }

    [Fact]
    public async Task The_same_code_presented_on_two_nodes_at_the_same_moment_is_accepted_exactly_once()
    {
        var codes = Enumerable.Range(0, 10).Select(_ => Node().Issue(Grant())).ToList();
        var a = Node();
        var b = Node();

        foreach (var code in codes)
        {
            using var start = new Barrier(2);
            var takes = await Task.WhenAll(
                Task.Run(() => { start.SignalAndWait(); return a.Take(code); }),
                Task.Run(() => { start.SignalAndWait(); return b.Take(code); }));
            Assert.Single(takes, t => t is not null);
        }
    }

    [Fact]
    public async Task An_expired_code_is_purged_by_the_next_issue_on_any_node_and_then_refused()
    {
        var expired = Node().Issue(Grant());
        _clock.Advance(TimeSpan.FromMinutes(3));

        Node().Issue(Grant());

        Assert.Null(Node().Take(expired));
        await using var db = _database.System();
        Assert.Single(await db.EsiaEmulatorCodes.ToListAsync());
    }

    /// <summary>A node: its own context factory over the shared file, as another process would have.</summary>
    private EsiaEmulatorCodes Node() => new(new NodeFactory(_database.ConnectionString), _clock);

    private EsiaAuthorizationGrant Grant()
    {
        var now = _clock.GetUtcNow();
        return new EsiaAuthorizationGrant("1000123456", "SCHOOLPORTAL", "https://portal.example/signin-esia", "openid fullname", "n-1",
            Guid.NewGuid(), now, now + TimeSpan.FromMinutes(2));
    }

    public void Dispose() => _database.Dispose();

    private sealed class NodeFactory(string connectionString) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() =>
            new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connectionString).Options);
    }
}
