using Microsoft.EntityFrameworkCore;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Data;

public static class DatabaseStartup
{
    /// <summary>Creates or upgrades the database to the latest migration of its provider.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, Auditing.AuditActor.System);
        await MigrateAsync(db, ct);
    }

    public static async Task MigrateAsync(PortalDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        // The embedded database writes ahead: readers (the journal, lists) never wait for a teacher's save and a save
        // commits with one sync of the log instead of two of the database and its rollback journal. The mode is stored in
        // the file, so every later connection uses it.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
