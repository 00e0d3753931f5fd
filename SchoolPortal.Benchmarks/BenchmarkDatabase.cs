using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Benchmarks;

/// <summary>SQLite files for the scenarios: fresh migrated ones, and generated regions cached in the temp folder.</summary>
public static class BenchmarkDatabase
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "schoolportal-bench")).FullName;

    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    public static PortalDbContext Open(string path) =>
        new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(ConnectionString(path)).Options)
            .UseScope(AccessScope.System, AuditActor.System);

    /// <summary>A new, migrated, empty database file.</summary>
    public static async Task<string> NewAsync()
    {
        var path = Path.Combine(Folder, $"run-{Guid.NewGuid():N}.db");
        await using var db = Open(path);
        await db.Database.MigrateAsync();
        return path;
    }

    /// <summary>
    /// A database holding the generated region of <paramref name="size"/>, made once and kept in the temp folder. The
    /// file name carries the generator version and the last migration, so a changed generator or schema makes a new file.
    /// Scenarios must not change it
    /// (copy it first if they write).
    /// </summary>
    public static async Task<string> CachedRegionAsync(DemoSize size)
    {
        var path = Path.Combine(Folder, $"{size.Name}-v{DemoRegionGenerator.Version}-{LastMigration()}.db");
        if (File.Exists(path))
            return path;
        Console.WriteLine($"Подготовка базы «{size.Name}» (один раз): {path}");
        var building = await NewAsync();
        await using (var db = Open(building))
            new DemoRegionGenerator(size, DemoRegionGenerator.FixedDay).Generate(db);
        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    /// <summary>The id of the newest SQLite migration (its timestamp): a database made before it has another schema.</summary>
    private static string LastMigration()
    {
        using var db = Open(":memory:");
        return db.Database.GetMigrations().Last().Split('_')[0];
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(path + suffix);
    }
}
