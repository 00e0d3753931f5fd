using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>
/// Runs one long operation by its id: finds its handler by kind, marks it running, and stores the outcome or the error.
/// Safe to call again (a Hangfire retry, a worker killed half-way): a finished operation is left as it is, an unfinished
/// one starts over from zero, so handlers are written to give the same result when run again.
/// </summary>
public sealed class LongOperationRunner(IDbContextFactory<PortalDbContext> factory, IEnumerable<ILongOperationHandler> handlers,
    TimeProvider clock, ILogger<LongOperationRunner> log)
{
    public const string UnexpectedError = "Операция прервалась из-за внутренней ошибки портала. Данные не изменены; попробуйте ещё раз или обратитесь в поддержку.";

    public async Task RunAsync(Guid id, CancellationToken ct)
    {
        LongOperation? operation;
        await using (var db = System())
        {
            operation = await db.LongOperations.SingleOrDefaultAsync(o => o.Id == id, ct);
            if (operation is null || operation.IsFinished)
                return;
            operation.Start(clock.GetUtcNow(), 0, "Начало работы");
            await db.SaveChangesAsync(ct);
        }

        OperationOutcome? outcome = null;
        string? error = null;
        var handler = handlers.FirstOrDefault(h => h.Kind == operation.Kind);
        if (handler is null)
            error = $"Портал не умеет выполнять операции вида «{operation.Kind}».";
        else
        {
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
        }

        await using (var db = System())
        {
            var stored = await db.LongOperations.SingleAsync(o => o.Id == id, CancellationToken.None);
            if (outcome is not null)
                stored.Succeed(clock.GetUtcNow(), outcome.Summary, outcome.ResultName, outcome.Result);
            else
                stored.Fail(clock.GetUtcNow(), error ?? UnexpectedError);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private PortalDbContext System() => factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
}
