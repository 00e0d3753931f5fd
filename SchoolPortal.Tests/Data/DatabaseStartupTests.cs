using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Data;

/// <summary>A database whose history names migrations this version no longer has (they were squashed into one).</summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private const string Squashed = "20261128164455_Journal";
    private readonly TestDatabase _database = new();

    public DatabaseStartupTests()
    {
        TestRegion.Create(_database);
        using var db = _database.System();
        db.Database.ExecuteSqlRaw("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({0}, '10.0.0')", Squashed);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_demo_database_is_made_afresh_with_the_current_migrations()
    {
        await using (var db = _database.System())
            await DatabaseStartup.MigrateAsync(db, recreateOutdatedDemo: true, log: null);

        await using var check = _database.System();
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
        Assert.Empty(check.Schools);
    }

    [Fact]
    public async Task A_database_that_is_not_the_demo_is_left_as_it_is_and_the_start_names_the_migrations()
    {
        await using (var db = _database.System())
        {
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseStartup.MigrateAsync(db, recreateOutdatedDemo: false, log: null));
            Assert.Contains(Squashed, e.Message);
        }

        await using var check = _database.System();
        Assert.NotEmpty(check.Schools);
        Assert.Contains(Squashed, await check.Database.GetAppliedMigrationsAsync());
    }
}
