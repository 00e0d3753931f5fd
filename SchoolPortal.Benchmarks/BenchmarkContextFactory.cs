using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Benchmarks;

/// <summary>Contexts on one SQLite file, as the portal makes them (one short-lived context per operation).</summary>
public sealed class BenchmarkContextFactory(string path) : IDbContextFactory<PortalDbContext>
{
    private readonly DbContextOptions<SqliteDbContext> _options =
        new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString()).Options;

    public PortalDbContext CreateDbContext() => new SqliteDbContext(_options);
}
