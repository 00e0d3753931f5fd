using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Creates or upgrades the database to the latest migration of its provider. The demo's embedded database, made by an
    /// earlier version whose migrations were since squashed, is made afresh (the demo region is seeded into it again).
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var demo = services.GetRequiredService<DemoRegion.DemoOptions>().Enabled;
        // System scope: migrations run before any user exists.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, Auditing.AuditActor.System);
        await MigrateAsync(db, recreateOutdatedDemo: demo, services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DatabaseStartup)), ct);
    }

    public static Task MigrateAsync(PortalDbContext db, CancellationToken ct = default) => MigrateAsync(db, recreateOutdatedDemo: false, null, ct);

    public static async Task MigrateAsync(PortalDbContext db, bool recreateOutdatedDemo, ILogger? log, CancellationToken ct = default)
    {
        var unknown = await UnknownMigrationsAsync(db, ct);
        if (unknown.Count > 0)
        {
            if (!(recreateOutdatedDemo && db.Database.IsSqlite()))
                throw new InvalidOperationException(
                    $"База данных создана миграциями, которых нет в этой версии портала ({string.Join(", ", unknown)}). "
                    + "Миграции до выпуска собраны в одну (Initial): создайте базу заново (демо: удалите файл встроенной базы) "
                    + "или перенесите данные в новую базу.");
            log?.LogWarning("The embedded demo database was made by migrations this version no longer has ({Migrations}): it is made afresh.",
                string.Join(", ", unknown));
            await db.Database.EnsureDeletedAsync(ct);
        }
        await db.Database.MigrateAsync(ct);
        // The embedded database writes ahead: readers (the journal, lists) never wait for a teacher's save and a save
        // commits with one sync of the log instead of two of the database and its rollback journal. The mode is stored in
        // the file, so every later connection uses it.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>Migrations the database's history records that this version's assembly does not have.</summary>
    private static async Task<IReadOnlyList<string>> UnknownMigrationsAsync(PortalDbContext db, CancellationToken ct)
    {
        if (!await db.GetService<IHistoryRepository>().ExistsAsync(ct))
            return [];
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        return (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
    }
}
