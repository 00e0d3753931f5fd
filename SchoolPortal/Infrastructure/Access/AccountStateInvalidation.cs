using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// Drops the <see cref="AccountStateCache"/> entry of every account a save changes, before the save and again after it (a request
/// that read the old state while the save ran does not keep it): on the node that blocked an account the next request and
/// the next circuit event are refused at once.
/// </summary>
public sealed class AccountStateInvalidation(AccountStateCache cache) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Drop(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Drop(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Drop(DbContext? context)
    {
        if (context is null)
            return;
        // After the save the entries are Unchanged again: accounts are few in any save that touches them, so every tracked one goes.
        foreach (var entry in context.ChangeTracker.Entries<UserAccount>())
            cache.Drop(entry.Entity.Id);
    }
}
