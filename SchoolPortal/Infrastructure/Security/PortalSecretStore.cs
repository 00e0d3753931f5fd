using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
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
        TryAdd(name, create());
        return Read(name) ?? throw new InvalidOperationException($"Секрет портала «{name}» не удалось ни прочитать, ни записать.");
    }

    /// <summary>Writes the secret unless one of that name exists: true for the one node whose row went in.</summary>
    public bool TryAdd(string name, byte[] value)
    {
        using var db = Open();
        try
        {
            // A conditional insert (the same SQL on SQLite and SQL Server): a node that lost the race writes nothing and
            // learns it from the count, with no failed statement in the log.
            return db.Database.ExecuteSql(
                $"INSERT INTO PortalSecrets (Name, Value) SELECT {name}, {value} WHERE NOT EXISTS (SELECT 1 FROM PortalSecrets WHERE Name = {name})") == 1;
        }
        catch (DbException)
        {
            // SQL Server lets two such inserts pass the check at once; the key refuses the second.
            return false;
        }
    }

    private byte[]? Read(string name)
    {
        using var db = Open();
        return db.PortalSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).FirstOrDefault();
    }

    // System scope: the portal's secrets belong to no school and are read by their name only.
    private PortalDbContext Open() => factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
}
