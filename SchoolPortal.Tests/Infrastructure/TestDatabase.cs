using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Tests.Infrastructure;

/// <summary>
/// A real SQLite database in a temporary file, migrated with the portal's own migrations; deleted on dispose.
/// Each test class gets its own, so tests never see each other's rows.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"schoolportal-test-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();
        Factory = new SqliteFactory(ConnectionString);
        using var db = Factory.CreateDbContext();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public IDbContextFactory<PortalDbContext> Factory { get; }

    /// <summary>A context acting for the system (no scope limits), for arranging and checking data.</summary>
    public PortalDbContext System() => Factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);

    /// <summary>The data access a feature service gets when <paramref name="user"/> is signed in.</summary>
    public PortalDb For(PortalUser user) => new(Factory, new FixedUser(user));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }

    private sealed class SqliteFactory(string connectionString) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() =>
            new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connectionString).Options);
    }

    private sealed class FixedUser(PortalUser user) : ICurrentUser
    {
        public Task<PortalUser> GetAsync() => Task.FromResult(user);
    }
}
