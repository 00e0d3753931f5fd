using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// The state of each signed-in account, read from the database at most once a <see cref="Lifetime"/> through the portal's
/// cache: every request and every circuit event checks it. A save that disables or changes an account removes its tag
/// (<see cref="CacheInvalidation"/>), so the next request is refused at once on the node that saved and, with Redis, on
/// every node; a change written past the portal (a bulk statement) waits for the lifetime.
/// </summary>
public sealed class AccountStates(PortalCache cache, IDbContextFactory<PortalDbContext> factory)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public static readonly CacheKind Kind = new("account-state", Lifetime, Shared: true);

    /// <returns>The account's state, or null when the account no longer exists.</returns>
    public Task<AccountState?> GetAsync(int accountId, CancellationToken ct = default) =>
        cache.GetOrCreateAsync(Kind, accountId.ToString(System.Globalization.CultureInfo.InvariantCulture), read => ReadAsync(accountId, read),
            [CacheTags.Account(accountId)], ct);

    /// <summary>Forgets the account's state everywhere: the next check reads it (a sign-in takes the stamp of that moment).</summary>
    public Task DropAsync(int accountId) => cache.RemoveByTagsAsync([CacheTags.Account(accountId)]);

    private async Task<AccountState?> ReadAsync(int accountId, CancellationToken ct)
    {
        // System scope: checks any account's state (blocked, stamp) on every request, before a scope is known.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        return await db.UserAccounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new AccountState(a.IsDisabled, a.SecurityStamp)).SingleOrDefaultAsync(ct);
    }
}
