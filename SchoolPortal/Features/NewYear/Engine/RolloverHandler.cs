using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>
/// The final step of one school as a long operation (Hangfire when jobs are on): re-checks that the account that asked may
/// still open this school, then runs <see cref="RolloverOpening"/> in the system scope. A
/// failure puts the plan back to draft (the transaction left nothing); a retry of a finished school is a no-op. Resumed
/// after a restart (the default of <see cref="ILongOperationHandler.ResumesAfterRestart"/>): the opening is idempotent.
/// </summary>
public sealed class RolloverHandler(IDbContextFactory<PortalDbContext> factory, TimeProvider clock) : ILongOperationHandler
{
    public string Kind => NewYearEngine.OperationKind;

    public async Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct)
    {
        var planId = PlanId(run) ?? throw new OperationFailedException("Не указано, какой план открыть.");
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, run.Actor);
        var schoolId = await db.RolloverPlans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => (int?)p.SchoolId).SingleOrDefaultAsync(ct)
            ?? throw new OperationFailedException("План формирования нового учебного года не найден.");
        if (!await NewYearAccess.RequesterMayAsync(db, run.RequestedByAccountId, schoolId, ct))
            throw new OperationFailedException(NewYearAccess.Refusal);
        try
        {
            // Progress is written before and after the school's transaction, not inside it: on SQLite the transaction holds
            // the database's one write lock, and a progress row written from another connection would wait for it and fail
            // («database is locked»). One school opens in well under a second.
            await run.ReportAsync(0, 1, "Открытие нового учебного года: перевод учеников, классы, годы, сотрудники", ct);
            var counts = await RolloverOpening.OpenAsync(db, planId, run.Actor, clock.GetUtcNow(), (_, _, _) => Task.CompletedTask, ct);
            await run.ReportAsync(1, 1, "Новый учебный год открыт", ct);
            return new OperationOutcome(JsonSerializer.Serialize(new { planId, alreadyOpened = counts is null, counts }));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await BackToDraftAsync(run, planId, onlyIfStillThisOperation: false);
            throw;
        }
    }

    /// <summary>The opening was failed by a restart or cancelled: the plan leaves «Открывается» (its transaction left nothing).</summary>
    public async Task AbandonedAsync(OperationRun run, CancellationToken ct)
    {
        if (PlanId(run) is { } planId)
            await BackToDraftAsync(run, planId, onlyIfStillThisOperation: true);
    }

    /// <param name="onlyIfStillThisOperation">True after the fact (a restart, a cancel): a later opening of the same plan is left alone.</param>
    private async Task BackToDraftAsync(OperationRun run, int planId, bool onlyIfStillThisOperation)
    {
        await using var reset = factory.CreateDbContext().UseScope(AccessScope.System, run.Actor);
        await reset.RolloverPlans.IgnoreQueryFilters()
            .Where(p => p.Id == planId && p.State == RolloverState.Opening && (!onlyIfStillThisOperation || p.OperationId == run.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.State, RolloverState.Draft), CancellationToken.None);
    }

    private static int? PlanId(OperationRun run) =>
        int.TryParse(run.Parameters, NumberStyles.None, CultureInfo.InvariantCulture, out var planId) ? planId : null;
}
