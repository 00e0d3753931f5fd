using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Data;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Data;

/// <summary>
/// The portal's SQLite connections let SQLite wait for another writer's lock itself (PRAGMA busy_timeout, the connection's
/// command timeout), whether EF Core opens them synchronously or not.
/// </summary>
public sealed class SqliteBusyTimeoutTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;

    public SqliteBusyTimeoutTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:Sqlite"] = _database.ConnectionString,
        }).Build();
        _services = new ServiceCollection().AddPortalDatabase(configuration, Path.GetTempPath()).BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void A_connection_opened_by_ef_core_waits_for_a_lock_as_long_as_its_command_timeout()
    {
        using var db = _services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        db.Database.OpenConnection();

        Assert.Equal(30_000L, BusyTimeout(db));
    }

    [Fact]
    public async Task A_connection_opened_asynchronously_waits_as_well()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(30_000L, BusyTimeout(db));
    }

    [Fact]
    public async Task A_save_that_meets_another_writers_lock_is_made_once_the_lock_is_released()
    {
        await using var holder = new SqliteConnection(_database.ConnectionString);
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }
        await using var db = await _services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

        // SQLite's calls are synchronous even through the async API: the waiting write gets a thread of its own.
        var write = Task.Run(() => db.Database.ExecuteSqlRawAsync("CREATE TABLE BusyProbe (Id INTEGER)"));
        await Task.Delay(300);
        Assert.False(write.IsCompleted, "the write did not wait for the other writer");
        await using (var rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }
        await write;

        await using var check = holder.CreateCommand();
        check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'BusyProbe'";
        Assert.Equal(1L, await check.ExecuteScalarAsync());
    }

    private static long BusyTimeout(PortalDbContext db)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
