using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// The pupils each family account may see (<see cref="VisiblePupil"/>), kept per account for <see cref="Lifetime"/> so that
/// a parent reloading the portfolio does not read the account and its links on every view. Any change to an account, a
/// parent, a parent link or a pupil saved on this node drops the whole cache at once (<see cref="FamilyAccessInvalidation"/>);
/// only changes written elsewhere (another node, a bulk update) wait for <see cref="Lifetime"/>.
/// </summary>
public sealed class FamilyAccessCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Bounds the memory: past this many accounts the cache starts over.</summary>
    public const int MaxAccounts = 50_000;

    private readonly ExpiringCache<(int AccountId, Role Roles), IReadOnlyList<VisiblePupil>> _accounts = new(clock, Lifetime, MaxAccounts);
    private long _generation;

    public async Task<IReadOnlyList<VisiblePupil>> GetOrReadAsync(PortalUser user, Func<Task<IReadOnlyList<VisiblePupil>>> read)
    {
        // The roles come from the sign-in cookie and decide what is read: they are part of the key.
        var key = (user.AccountId, user.Roles);
        if (_accounts.TryGet(key, out var cached))
            return cached;
        var generation = Interlocked.Read(ref _generation);
        var visible = await read();
        // A change saved while this read ran may not be in it: keep the answer only when nothing was dropped meanwhile.
        if (Interlocked.Read(ref _generation) == generation)
            _accounts.Set(key, visible);
        return visible;
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _accounts.Clear();
    }
}
