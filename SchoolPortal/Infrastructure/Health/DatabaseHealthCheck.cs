using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SchoolPortal.Data;

namespace SchoolPortal.Infrastructure.Health;

/// <summary>
/// The database answers: its migrations history can be read, which reads real pages of the database rather than a constant.
/// On SQLite the file is opened afresh, outside the pool, and never created: a pooled connection would keep reading a file
/// deleted or overwritten under it, and a missing file would otherwise be created empty. The context has no access scope:
/// the history table has no query filters, and nothing of a school is read.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var migrated = db.Database.IsSqlite()
                ? await SqliteMigratedAsync(db.Database.GetConnectionString()!, cancellationToken)
                : await db.Database.CanConnectAsync(cancellationToken) && (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
            return migrated
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, "База данных не отвечает или в ней нет миграций портала.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Ошибка при обращении к базе данных.", e);
        }
    }

    private static async Task<bool> SqliteMigratedAsync(string connectionString, CancellationToken ct)
    {
        var fresh = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        if (fresh.Mode == SqliteOpenMode.ReadWriteCreate)
            fresh.Mode = SqliteOpenMode.ReadWrite;
        await using var connection = new SqliteConnection(fresh.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
