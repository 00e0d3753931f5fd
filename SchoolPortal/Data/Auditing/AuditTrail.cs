using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Data.Auditing;

/// <summary>
/// Builds the audit entries of one save from the change tracker: for every record of personal data
/// (<see cref="IAudited"/>) that is added, changed or deleted, each field's old and new value, including the fields
/// of the value objects it owns (name, documents).
/// </summary>
internal sealed class AuditTrail
{
    // Secrets are never copied into the log: only the fact that they changed.
    private static readonly HashSet<string> Hidden = [nameof(UserAccount.PasswordHash), nameof(UserAccount.SecurityStamp)];
    private static readonly HashSet<string> Noise = [nameof(UserAccount.FailedSignIns), nameof(UserAccount.LockedUntil), nameof(UserAccount.LastLoginAt)];

    private readonly List<(EntityEntry Entry, AuditEntry Audit)> _items = [];

    public bool IsEmpty => _items.Count == 0;

    /// <summary>Some audited record is created in this save: its id, and so its audit entry, comes only after the save.</summary>
    public bool AwaitsIds => _items.Any(i => i.Entry.State == EntityState.Added);

    public static AuditTrail Collect(PortalDbContext db)
    {
        var trail = new AuditTrail();
        var now = DateTimeOffset.UtcNow;
        var entries = db.ChangeTracker.Entries().ToList();
        // One pass over the owned value objects (names, documents): which owners they changed, and the replaced ones by
        // owner, so a save of thousands of records costs one look-up per record, not a scan of the tracker each.
        var touchedOwners = new HashSet<(IEntityType Owner, object Key)>();
        var replaced = new Dictionary<(IEntityType Owned, object OwnerKey), EntityEntry>();
        foreach (var owned in entries.Where(e => e.State != EntityState.Unchanged && e.Metadata.IsOwned()))
        {
            var ownerKey = KeyOf(owned);
            touchedOwners.Add((owned.Metadata.FindOwnership()!.PrincipalEntityType, ownerKey));
            if (owned.State == EntityState.Deleted)
                replaced.TryAdd((owned.Metadata, ownerKey), owned);
        }
        foreach (var entry in entries.Where(e => e.Entity is IAudited && !e.Metadata.IsOwned()))
        {
            if (entry.State == EntityState.Unchanged && !touchedOwners.Contains((entry.Metadata, KeyOf(entry))))
                continue;
            var changes = Changes(entry, replaced).ToList();
            if (changes.Count == 0)
                continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Changed,
            };
            trail._items.Add((entry, new AuditEntry(now, db.Actor.AccountId, db.Actor.Login, SchoolOf(entry.Entity),
                entry.Metadata.ClrType.Name, ((IAudited)entry.Entity).Id, action, changes)));
        }
        return trail;
    }

    /// <summary>After the save: records created in it now have their ids.</summary>
    public IEnumerable<AuditEntry> Complete()
    {
        foreach (var (entry, audit) in _items)
        {
            if (audit.EntityId == 0)
                audit.AssignEntityId(((IAudited)entry.Entity).Id);
            yield return audit;
        }
    }

    internal static int? SchoolOf(object entity) => entity switch
    {
        ISchoolScoped s => s.SchoolId,
        UserAccount a => a.SchoolId,
        _ => null,
    };

    private static IEnumerable<AuditChange> Changes(EntityEntry entry, Dictionary<(IEntityType Owned, object OwnerKey), EntityEntry> replaced)
    {
        foreach (var property in entry.Properties)
        {
            var meta = property.Metadata;
            if (meta.IsPrimaryKey() || meta.IsShadowProperty() || Noise.Contains(meta.Name))
                continue;
            var (oldValue, newValue) = entry.State switch
            {
                EntityState.Added => (null, Text(property.CurrentValue)),
                EntityState.Deleted => (Text(property.OriginalValue), null),
                EntityState.Modified when property.IsModified => (Text(property.OriginalValue), Text(property.CurrentValue)),
                _ => (null, null),
            };
            if (oldValue == newValue)
                continue;
            yield return Hidden.Contains(meta.Name)
                ? new AuditChange(meta.Name, null, "изменён")
                : new AuditChange(meta.Name, oldValue, newValue);
        }

        foreach (var navigation in entry.Metadata.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            var current = entry.Reference(navigation.Name).TargetEntry;
            var previous = current is { State: EntityState.Unchanged or EntityState.Modified }
                ? current
                : replaced.GetValueOrDefault((navigation.TargetEntityType, KeyOf(entry)));
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsShadowProperty() && !p.IsPrimaryKey()))
            {
                var oldValue = entry.State == EntityState.Added || previous is null ? null : Text(previous.OriginalValues[property]);
                var newValue = entry.State == EntityState.Deleted || current is null || current.State == EntityState.Deleted
                    ? null
                    : Text(current.CurrentValues[property]);
                if (oldValue != newValue)
                    yield return new AuditChange($"{navigation.Name}.{property.Name}", oldValue, newValue);
            }
        }
    }

    /// <summary>The first key value of a record, as it was read: an owned value object's key is its owner's.</summary>
    private static object KeyOf(EntityEntry entry) => entry.OriginalValues[entry.Metadata.FindPrimaryKey()!.Properties[0]]!;

    /// <summary>A value as the audit log writes it.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("dd.MM.yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
