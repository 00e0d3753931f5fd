using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SchoolPortal.Data;

namespace SchoolPortal.Infrastructure.Health;

/// <summary>
/// The database answers: it exists (for SQLite, the file is there: a missing file would otherwise be created empty by the
/// query) and the migrations history can be read, which reads real pages of the database rather than a constant
/// (<c>SELECT 1</c> on SQLite would pass over a file that is no longer a database). The context has no access scope: the
/// history table has no query filters, and nothing of a school is read.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return new HealthCheckResult(context.Registration.FailureStatus, "База данных не отвечает.");
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            return applied.Any()
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, "В базе данных нет ни одной миграции портала.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Ошибка при обращении к базе данных.", e);
        }
    }
}
