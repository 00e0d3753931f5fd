using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolPortal.Data;

namespace SchoolPortal.Tests.Portfolio;

/// <summary>Counts the SQL commands the portal's contexts run, to keep a page to a few set-based queries.</summary>
internal sealed class QueryCounter : DbCommandInterceptor, IDbContextFactory<PortalDbContext>
{
    private readonly DbContextOptions<SqliteDbContext> _options;
    private int _count;

    /// <param name="connectionString">Pooled, as the portal runs (the test databases turn pooling off to delete their files).</param>
    /// <param name="interceptors">The portal's own interceptors the test needs, besides the counting.</param>
    public QueryCounter(string connectionString, params IInterceptor[] interceptors) =>
        _options = new DbContextOptionsBuilder<SqliteDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ToString())
            .AddInterceptors([this, .. interceptors])
            .Options;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <summary>One set of options, as AddDbContextFactory keeps: EF Core then compiles each query once.</summary>
    public PortalDbContext CreateDbContext() => new SqliteDbContext(_options);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
