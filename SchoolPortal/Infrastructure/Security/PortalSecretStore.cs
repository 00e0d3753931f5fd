using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Infrastructure.Security;

/// <summary>
/// The portal's own secrets in the database (table PortalSecrets), one per name, the same for every node. The first node
/// that needs a secret makes it; a node racing it loses the insert on the key and reads the winner's, so nodes never
/// disagree. A secret is never changed once written.
/// </summary>
public sealed class PortalSecretStore(IDbContextFactory<PortalDbContext> factory)
{
    public byte[] GetOrCreate(string name, Func<byte[]> create)
    {
        if (Read(name) is { } existing)
            return existing;
        try
        {
            using var db = Open();
            db.PortalSecrets.Add(new PortalSecret(name, create()));
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another node wrote it first: its secret is the one.
        }
        return Read(name) ?? throw new InvalidOperationException($"Секрет портала «{name}» не удалось ни прочитать, ни записать.");
    }

    private byte[]? Read(string name)
    {
        using var db = Open();
        return db.PortalSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).FirstOrDefault();
    }

    // System scope: the portal's secrets belong to no school and are read by their name only.
    private PortalDbContext Open() => factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
}
