using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// A real SQLite database in a temporary file with the portal's own migrations applied; deleted on dispose. Each test
/// class gets its own file, so tests never see each other's rows. The migrations run once per test run, into a template
/// file that every database starts as a copy of: a copy takes milliseconds, migrating took about two seconds.
/// Connections are pooled, as in the portal: a new SQLite connection reads and parses the whole schema again before its
/// first statement, and without the pool every context of every test paid that (about a sixth of the test host's CPU).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string> Template = new(MigrateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _path = NewPath("test");

    public TestDatabase() : this(Template.Value)
    {
    }

    private TestDatabase(string template)
    {
        File.Copy(template, _path);
        ConnectionString = ConnectionTo(_path);
        Factory = new SqliteFactory(ConnectionString);
    }

    /// <summary>A copy of <paramref name="source"/> as it is now (its writes finished): for a template filled once and reused.</summary>
    public static TestDatabase CopyOf(TestDatabase source)
    {
        source.ClearPool();
        return new TestDatabase(source._path);
    }

    /// <summary>The file, for copying it elsewhere (a portal's data folder).</summary>
    public string FilePath => _path;

    public string ConnectionString { get; }

    public IDbContextFactory<PortalDbContext> Factory { get; }

    /// <summary>A context acting for the system (no scope limits), for arranging and checking data.</summary>
    public PortalDbContext System() => Factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);

    /// <summary>The data access a feature service gets when <paramref name="user"/> is signed in.</summary>
    public PortalDb For(PortalUser user) => new(Factory, new FixedUser(user));

    public void Dispose()
    {
        ClearPool();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }

    /// <summary>Closes this database's idle pooled connections (only its own: the other tests' pools stay warm).</summary>
    private void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static string NewPath(string kind) => Path.Combine(Path.GetTempPath(), $"schoolportal-{kind}-{Guid.NewGuid():N}.db");

    private static string ConnectionTo(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    /// <summary>Migrates an empty file once (rollback journal, so the one file holds everything) and deletes it when the run ends.</summary>
    private static string MigrateTemplate()
    {
        var path = NewPath("template");
        using (var db = new SqliteFactory(ConnectionTo(path)).CreateDbContext())
            db.Database.Migrate();
        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    /// <summary>One set of options per database, as the portal's factory has: EF Core looks its services up once for it.</summary>
    private sealed class SqliteFactory(string connectionString) : IDbContextFactory<PortalDbContext>
    {
        private readonly DbContextOptions<SqliteDbContext> _options = new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connectionString).Options;

        public PortalDbContext CreateDbContext() => new SqliteDbContext(_options);
    }

    private sealed class FixedUser(PortalUser user) : ICurrentUser
    {
        public Task<PortalUser> GetAsync() => Task.FromResult(user);
    }
}
