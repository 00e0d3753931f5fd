using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Components.Shared;

/// <summary>Reads the audit log of one record and translates field names and values for people.</summary>
internal static class CardHistory
{
    public static async Task<IReadOnlyList<AuditRecord>> ReadAsync(PortalDbContext db, string entityType, int entityId,
        Func<string, string> label, Func<string, string?, string?> value, CancellationToken ct)
    {
        // Ordered by id, not by time: SQLite cannot order by DateTimeOffset, and ids grow with time anyway.
        var entries = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.Id)
            .Take(200)
            .ToListAsync(ct);
        return entries
            .Select(a => new AuditRecord(a.At, a.ActorLogin, a.Action,
                a.Changes.Select(c => c with { Field = label(c.Field), OldValue = value(c.Field, c.OldValue), NewValue = value(c.Field, c.NewValue) }).ToList()))
            .ToList();
    }
}
