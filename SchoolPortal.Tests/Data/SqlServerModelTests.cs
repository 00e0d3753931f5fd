using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolPortal.Data;

namespace SchoolPortal.Tests.Data;

/// <summary>No SQL Server runs here, but its model and scripts are built, so a broken SQL Server mapping fails CI.</summary>
public sealed class SqlServerModelTests
{
    private static SqlServerDbContext Context() => new(new DbContextOptionsBuilder<SqlServerDbContext>()
        .UseSqlServer("Server=unused;Database=SchoolPortal;TrustServerCertificate=True").Options);

    [Fact]
    public void Create_script_builds_every_table_and_lookup_index()
    {
        using var db = Context();

        var script = db.Database.GenerateCreateScript();

        foreach (var table in new[] { "Pupils", "Parents", "ParentLinks", "Employees", "Schools", "Classes", "UserAccounts", "AuditLog" })
            Assert.Contains($"CREATE TABLE [{table}]", script);
        Assert.Contains("CREATE INDEX [IX_Pupils_Surname]", script);
        Assert.Contains("CREATE INDEX [IX_Pupils_Snils]", script);
        Assert.Contains("CREATE INDEX [IX_Pupils_BirthCertificateNumber]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_UserAccounts_Login]", script);
    }

    [Fact]
    public void Sql_server_migrations_are_in_step_with_the_model()
    {
        using var db = Context();

        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server model changed: add a migration to Data/Migrations/SqlServer.");
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.Contains("CREATE TABLE [Pupils]", script);
    }

    [Fact]
    public void Sqlite_migrations_are_in_step_with_the_model()
    {
        using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model changed: add a migration to Data/Migrations/Sqlite.");
    }
}
