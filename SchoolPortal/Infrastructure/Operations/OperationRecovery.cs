using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>
/// Finds long operations left by a process that is gone (killed, restarted, a node taken down): queued or running, held
/// by another <see cref="PortalInstance"/>, no heartbeat for <see cref="LongOperation.StaleAfter"/>. Each is run again
/// from zero when its handler <see cref="ILongOperationHandler.ResumesAfterRestart"/> (the new-year opening), else it is
/// marked failed with «Операция прервана перезапуском сервера: …» (the batch apply, all or nothing). Runs at start and
/// then every half minute, because a portal restarted quickly finds its old heartbeats still fresh.
/// </summary>
public sealed class OperationRecovery(IDbContextFactory<PortalDbContext> factory, IServiceScopeFactory scopes, IOperationScheduler scheduler,
    TimeProvider clock, ILogger<OperationRecovery> log) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    public const string ResumedStage = "Возобновлена после перезапуска сервера";

    /// <returns>How many abandoned operations were resumed or failed.</returns>
    public async Task<int> RecoverAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = now - LongOperation.StaleAfter;
        List<LongOperation> abandoned;
        await using (var db = System())
        {
            var ids = await db.LongOperations.AsNoTracking()
                .Where(o => (o.State == OperationState.Queued || o.State == OperationState.Running) && o.Instance != PortalInstance.Id
                    && (o.HeartbeatAt == null || o.HeartbeatAt < stale))
                .Select(o => o.Id).ToListAsync(ct);
            abandoned = [];
            foreach (var id in ids)
                abandoned.Add(await db.LongOperations.AsNoTracking().SingleAsync(o => o.Id == id, ct));
        }
        var recovered = 0;
        await using var scope = scopes.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<ILongOperationHandler>().ToList();
        foreach (var operation in abandoned.Where(o => o.IsAbandoned(PortalInstance.Id, now)))
        {
            // A queued operation waits in Hangfire's own storage, which outlives the node; only the in-process queue loses it.
            if (operation.State == OperationState.Queued && scheduler.IsDurable)
                continue;
            var handler = handlers.FirstOrDefault(h => h.Kind == operation.Kind);
            if (handler is { ResumesAfterRestart: true })
            {
                if (await TakeOverAsync(operation.Id, stale, u => u
                        .SetProperty(o => o.State, OperationState.Queued)
                        .SetProperty(o => o.Instance, PortalInstance.Id)
                        .SetProperty(o => o.HeartbeatAt, now)
                        .SetProperty(o => o.Done, 0)
                        .SetProperty(o => o.Total, 0)
                        .SetProperty(o => o.Stage, ResumedStage), ct))
                {
                    scheduler.Schedule(operation.Id);
                    log.LogWarning("Long operation {Id} ({Kind}) of a stopped portal process resumed", operation.Id, operation.Kind);
                    recovered++;
                }
                continue;
            }
            var error = LongOperation.InterruptedPrefix + (handler?.InterruptedMessage ?? "запустите её ещё раз.");
            if (await TakeOverAsync(operation.Id, stale, u => u
                    .SetProperty(o => o.State, OperationState.Failed)
                    .SetProperty(o => o.Instance, PortalInstance.Id)
                    .SetProperty(o => o.FinishedAt, now)
                    .SetProperty(o => o.Error, error), ct))
            {
                if (handler is not null)
                    await handler.AbandonedAsync(new OperationRun(operation, factory, clock), ct);
                log.LogWarning("Long operation {Id} ({Kind}) of a stopped portal process marked failed", operation.Id, operation.Kind);
                recovered++;
            }
        }
        return recovered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval);
        do
        {
            try
            {
                await RecoverAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Abandoned long operations could not be recovered");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>The same conditions again in the UPDATE: of two nodes recovering at once, or a late heartbeat, one wins.</summary>
    private async Task<bool> TakeOverAsync(Guid id, DateTimeOffset stale,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<LongOperation>> set, CancellationToken ct)
    {
        await using var db = System();
        return await db.LongOperations
            .Where(o => o.Id == id && (o.State == OperationState.Queued || o.State == OperationState.Running) && o.Instance != PortalInstance.Id
                && (o.HeartbeatAt == null || o.HeartbeatAt < stale))
            .ExecuteUpdateAsync(set, ct) == 1;
    }

    // System scope: on start, operations left by a stopped node are found whoever started them.
    private PortalDbContext System() => factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
}
