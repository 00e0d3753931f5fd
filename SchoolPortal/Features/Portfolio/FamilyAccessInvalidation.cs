using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// Drops the <see cref="FamilyAccessCache"/> whenever a save touches what decides a family's access: accounts, parents,
/// parent links, pupils. Dropped before the save (no request caches the old state during it) and again after it (a request
/// that read the old state while the save ran does not keep it).
/// </summary>
public sealed class FamilyAccessInvalidation(FamilyAccessCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _touched = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Inspect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Inspect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Settle(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Settle(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return Task.CompletedTask;
    }

    private void Inspect(DbContext? context)
    {
        if (context is null || !TouchesAccess(context))
            return;
        _touched.AddOrUpdate(context, this);
        cache.Clear();
    }

    private void Settle(DbContext? context)
    {
        if (context is not null && _touched.Remove(context))
            cache.Clear();
    }

    // The portal's context detects its changes once and saves with automatic detection off (PortalDbContext.SaveChangesAsync),
    // so reading the entries here does not walk every tracked record again.
    private static bool TouchesAccess(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is UserAccount or Parent or ParentLink or Pupil);
}
