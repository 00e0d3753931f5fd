using SchoolPortal.Data;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;

namespace SchoolPortal.Features.Parents;

/// <summary>
/// The audit entry of an action on a parent's account that the change tracker does not see as a field change: a parent
/// attached to a pupil, a link code issued, Gosuslugi unlinked, a login blocked, or such an action refused.
/// </summary>
public static class ParentAccountAudit
{
    public const string Field = "Действие с учетной записью";

    public static void Add(PortalDbContext db, PortalUser user, int parentId, string action, DateTimeOffset now) =>
        db.AuditLog.Add(new AuditEntry(now, user.Actor.AccountId, user.Login, user.SchoolId, nameof(Parent), parentId, AuditAction.Changed,
            [new AuditChange(Field, null, action)]));

    /// <summary>A refusal is written in its own save: the action it refused saves nothing.</summary>
    public static async Task RefusedAsync(PortalDbContext db, PortalUser user, int parentId, string action, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Add(db, user, parentId, "Отказано: " + action, now);
        await db.SaveChangesAsync(ct);
    }
}
