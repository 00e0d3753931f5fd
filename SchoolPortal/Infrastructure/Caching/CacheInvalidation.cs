using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// Removes the cache tags of every record a save changes: accounts (their state, what a family sees), parents and their
/// links (a family), pupils, class memberships and marks (a child's portfolio, a class). Removed before the save (no
/// request keeps the old state while it runs) and again after it, or after its failure (a read that began before the
/// commit does not keep what it saw) — on this node at once, on the others through Redis. Bulk statements
/// (ExecuteUpdate) pass by here: their changes show when the entries expire.
/// </summary>
public sealed class CacheInvalidation(PortalCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IReadOnlyCollection<string>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // On a thread of its own: a circuit's synchronization context would wait for itself.
        Task.Run(() => BeforeAsync(eventData.Context)).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await BeforeAsync(eventData.Context);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Task.Run(() => AfterAsync(eventData.Context)).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AfterAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Task.Run(() => AfterAsync(eventData.Context)).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AfterAsync(eventData.Context);

    private async Task BeforeAsync(DbContext? context)
    {
        if (context is null)
            return;
        var tags = TagsOf(context.ChangeTracker);
        if (tags.Count == 0)
            return;
        _pending.AddOrUpdate(context, tags);
        await cache.RemoveByTagsAsync(tags);
    }

    private async Task AfterAsync(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var tags) && _pending.Remove(context))
            await cache.RemoveByTagsAsync(tags);
    }

    // The portal's context detects its changes once and saves with automatic detection off (PortalDbContext.SaveChangesAsync),
    // so reading the entries here does not walk every tracked record again.
    internal static IReadOnlyCollection<string> TagsOf(ChangeTracker tracker)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            switch (entry.Entity)
            {
                case UserAccount:
                    Add(tags, entry, nameof(UserAccount.Id), CacheTags.Account);
                    break;
                case Parent:
                    Add(tags, entry, nameof(Parent.Id), CacheTags.Family);
                    break;
                case ParentLink:
                    Add(tags, entry, nameof(ParentLink.ParentId), CacheTags.Family);
                    Add(tags, entry, nameof(ParentLink.PupilId), CacheTags.Pupil);
                    break;
                case Pupil:
                    Add(tags, entry, nameof(Pupil.Id), CacheTags.Pupil);
                    break;
                case ClassMembership:
                    Add(tags, entry, nameof(ClassMembership.PupilId), CacheTags.Pupil);
                    Add(tags, entry, nameof(ClassMembership.SchoolClassId), CacheTags.Class);
                    break;
                case SchoolClass:
                    Add(tags, entry, nameof(SchoolClass.Id), CacheTags.Class);
                    break;
                // A saved mark shows in the child's portfolio at once; the class average follows within its lifetime.
                case JournalCell:
                    Add(tags, entry, nameof(JournalCell.PupilId), CacheTags.Pupil);
                    break;
                case FinalMark:
                    Add(tags, entry, nameof(FinalMark.PupilId), CacheTags.Pupil);
                    break;
            }
        }
        return tags;
    }

    /// <summary>The tag of the property's value now and, when it changed, of its value before (a link moved to another parent).</summary>
    private static void Add(HashSet<string> tags, EntityEntry entry, string property, Func<int, string> tag)
    {
        var value = entry.Property(property);
        if (value.IsTemporary)
            return; // a record being added: nothing can be cached under an id it does not have yet
        if (value.CurrentValue is int current)
            tags.Add(tag(current));
        if (entry.State == EntityState.Modified && value.OriginalValue is int original)
            tags.Add(tag(original));
    }
}
