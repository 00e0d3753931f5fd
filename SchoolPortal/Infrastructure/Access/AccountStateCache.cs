using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// The state of each signed-in account on this node, read from the database at most once a <see cref="Lifetime"/>: every
/// request and every circuit event checks it, so a disabled account stops working within a minute on every node, and at
/// once on the node that saved the change (<see cref="AccountStateInvalidation"/> drops the entry).
/// </summary>
public sealed class AccountStateCache(IServiceProvider services, TimeProvider clock)
{
    // Resolved on first use, not injected: the context factory's options take the save interceptors, one of which holds this
    // cache, so a constructor dependency would be a cycle.
    private IDbContextFactory<PortalDbContext> Factory => field ??= services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, (AccountState? State, DateTimeOffset ReadAt)> _entries = new();

    /// <returns>The account's state, or null when the account no longer exists.</returns>
    public async Task<AccountState?> GetAsync(int accountId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(accountId, out var entry) && now - entry.ReadAt < Lifetime)
            return entry.State;
        // System scope: checks any account's state (blocked, stamp) on every request, before a scope is known.
        await using var db = Factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var state = await db.UserAccounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new AccountState(a.IsDisabled, a.SecurityStamp)).SingleOrDefaultAsync(ct);
        _entries[accountId] = (state, now);
        return state;
    }

    public void Drop(int accountId) => _entries.TryRemove(accountId, out _);
}
