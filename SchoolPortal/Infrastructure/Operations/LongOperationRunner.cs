using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>
/// Runs one long operation by its id: finds its handler by kind, claims it for this process (<see cref="PortalInstance"/>),
/// beats its heartbeat while the handler works, and stores the outcome or the error. Safe to call again (a Hangfire retry,
/// a worker killed half-way): a finished operation is left as it is, one another live process runs (fresh heartbeat) is
/// left to it, and an abandoned one starts over from zero, so handlers are written to give the same result when run again.
/// </summary>
public sealed class LongOperationRunner(IDbContextFactory<PortalDbContext> factory, IEnumerable<ILongOperationHandler> handlers,
    TimeProvider clock, ILogger<LongOperationRunner> log)
{
    public const string UnexpectedError = "Операция прервалась из-за внутренней ошибки портала. Данные не изменены; попробуйте ещё раз или обратитесь в поддержку.";

    public async Task RunAsync(Guid id, CancellationToken ct)
    {
        if (!await ClaimAsync(id, ct))
            return;
        LongOperation operation;
        await using (var db = System())
            operation = await db.LongOperations.AsNoTracking().SingleAsync(o => o.Id == id, ct);

        OperationOutcome? outcome = null;
        string? error = null;
        var handler = handlers.FirstOrDefault(h => h.Kind == operation.Kind);
        if (handler is null)
            error = $"Портал не умеет выполнять операции вида «{operation.Kind}».";
        else
        {
            using var beating = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var heartbeat = BeatAsync(id, beating.Token);
            try
            {
                outcome = await handler.RunAsync(new OperationRun(operation, factory, clock), ct);
            }
            catch (OperationFailedException e)
            {
                error = e.Message;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Long operation {Id} ({Kind}) failed", id, operation.Kind);
                error = UnexpectedError;
            }
            finally
            {
                await beating.CancelAsync();
                await heartbeat;
            }
        }

        await using (var db = System())
        {
            var stored = await db.LongOperations.SingleAsync(o => o.Id == id, CancellationToken.None);
            // Cancelled by its user meanwhile, or taken over after this process was thought dead: that decision stands.
            if (stored.IsFinished || stored.Instance != PortalInstance.Id)
                return;
            if (outcome is not null)
                stored.Succeed(clock.GetUtcNow(), outcome.Summary, outcome.ResultName, outcome.Result);
            else
                stored.Fail(clock.GetUtcNow(), error ?? UnexpectedError);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// One conditional UPDATE: a queued operation, or a running one whose runner stopped beating, becomes this process's.
    /// Two workers handed the same operation (a Hangfire job seen again after its invisibility timeout, a resume) cannot both win.
    /// </summary>
    private async Task<bool> ClaimAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = now - LongOperation.StaleAfter;
        await using var db = System();
        var claimed = await db.LongOperations
            .Where(o => o.Id == id && (o.State == OperationState.Queued
                || (o.State == OperationState.Running && (o.HeartbeatAt == null || o.HeartbeatAt < stale))))
            .ExecuteUpdateAsync(u => u
                .SetProperty(o => o.State, OperationState.Running)
                .SetProperty(o => o.StartedAt, now)
                .SetProperty(o => o.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(o => o.Error, (string?)null)
                .SetProperty(o => o.Instance, PortalInstance.Id)
                .SetProperty(o => o.HeartbeatAt, now)
                .SetProperty(o => o.Done, 0)
                .SetProperty(o => o.Total, 0)
                .SetProperty(o => o.Stage, "Начало работы"), ct);
        return claimed == 1;
    }

    private async Task BeatAsync(Guid id, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(LongOperation.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await using var db = System();
                    await db.LongOperations.Where(o => o.Id == id && o.Instance == PortalInstance.Id)
                        .ExecuteUpdateAsync(u => u.SetProperty(o => o.HeartbeatAt, clock.GetUtcNow()), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A busy database (SQLite's one writer) delays a beat; the next one comes in 20 seconds.
                    log.LogWarning(e, "Heartbeat of long operation {Id} not written", id);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // System scope: operations of every user are stored together; each read is filtered by the run's owner.
    private PortalDbContext System() => factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
}
