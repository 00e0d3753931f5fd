using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>
/// <see cref="INewYearEngine"/> over short-lived system contexts, after the access check of each call
/// (<see cref="NewYearAccess"/>): the plans of schools the user may not see are refused, never shown.
/// </summary>
public sealed class NewYearEngine(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, LongOperations operations, TimeProvider clock)
    : INewYearEngine
{
    public const string OperationKind = "new-year-open";

    public async Task<int> StartAsync(int schoolId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        await NewYearAccess.EnsureAsync(db, user, schoolId, ct);
        return await RolloverProposals.StartAsync(db, schoolId, clock.GetUtcNow(), Infrastructure.CardCalendar.Today(clock), ct);
    }

    public async Task<IReadOnlyList<MovementProblem>> MovementProblemsAsync(int planId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        var plan = await PlanAsync(db, user, planId, ct);
        return await RolloverReview.ProblemsAsync(db, plan, ct);
    }

    public async Task<RolloverPreview> PreviewAsync(int planId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        var plan = await PlanAsync(db, user, planId, ct);
        return await RolloverReview.PreviewAsync(db, plan, ct);
    }

    public async Task<Guid> OpenAsync(int planId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        var plan = await PlanAsync(db, user, planId, ct);
        var refusal = await RefusalAsync(db, plan, ct);
        if (refusal is not null)
            throw new DomainException(refusal, "open");
        return await StartOperationAsync(db, plan, ct);
    }

    public async Task<IReadOnlyList<OpenRequestResult>> OpenManyAsync(IReadOnlyList<int> schoolIds, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!user.Has(Role.RegionOperator | Role.MunicipalOperator))
            throw new AccessDeniedException("Открыть новый год для нескольких школ могут операторы региона и муниципалитета.");
        var results = new List<OpenRequestResult>();
        foreach (var schoolId in schoolIds.Distinct())
        {
            await using var db = System(user);
            var school = await db.Schools.IgnoreQueryFilters().Where(s => s.Id == schoolId).Select(s => new { s.MunicipalityId, s.ShortName }).SingleOrDefaultAsync(ct);
            if (school is null || !NewYearAccess.May(user, schoolId, school.MunicipalityId))
            {
                results.Add(new OpenRequestResult(schoolId, school?.ShortName ?? $"Школа {schoolId}", null, school is null ? "Школа не найдена." : "Школа вне вашего района."));
                continue;
            }
            var plan = await db.RolloverPlans.IgnoreQueryFilters().AsNoTracking().Where(p => p.SchoolId == schoolId)
                .OrderByDescending(p => p.NewStartYear).FirstOrDefaultAsync(ct);
            var refusal = plan is null ? "Формирование нового учебного года в школе не начато." : await RefusalAsync(db, plan, ct);
            results.Add(refusal is null
                ? new OpenRequestResult(schoolId, school.ShortName, await StartOperationAsync(db, plan!, ct), null)
                : new OpenRequestResult(schoolId, school.ShortName, null, refusal));
        }
        return results;
    }

    public async Task<UndoCheck> CanUndoAsync(int planId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        var plan = await PlanAsync(db, user, planId, ct);
        return await RolloverUndo.CheckAsync(db, plan, ct);
    }

    public async Task UndoAsync(int planId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        await PlanAsync(db, user, planId, ct);
        await RolloverUndo.UndoAsync(db, planId, user.Actor, clock.GetUtcNow(), ct);
    }

    public async Task CancelOpeningAsync(int planId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        var plan = await PlanAsync(db, user, planId, ct);
        if (plan.OperationId is not { } id)
            return;
        await operations.CancelAsync(id);
        if (await operations.FindAsync(id) is { IsFinished: false })
            throw new DomainException("Открытие нового года сейчас выполняется: дождитесь окончания.", "open");
        await db.RolloverPlans.IgnoreQueryFilters().Where(p => p.Id == planId && p.State == RolloverState.Opening && p.OperationId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.State, RolloverState.Draft), ct);
    }

    /// <summary>Why the school cannot be opened now (null: it can). A plan left «opening» by a killed job may be started again.</summary>
    private static async Task<string?> RefusalAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        if (plan.State == RolloverState.Opened)
            return "Новый учебный год уже открыт.";
        var blockers = await RolloverReview.BlockersAsync(db, plan, ct);
        return blockers.Count == 0 ? null : string.Join(" ", blockers);
    }

    private async Task<Guid> StartOperationAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        var id = await operations.StartAsync(OperationKind, plan.Id.ToString(CultureInfo.InvariantCulture));
        await db.RolloverPlans.IgnoreQueryFilters().Where(p => p.Id == plan.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.OperationId, id), ct);
        await db.RolloverPlans.IgnoreQueryFilters().Where(p => p.Id == plan.Id && p.State == RolloverState.Draft)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.State, RolloverState.Opening), ct);
        return id;
    }

    private static async Task<RolloverPlan> PlanAsync(PortalDbContext db, PortalUser user, int planId, CancellationToken ct)
    {
        var plan = await db.RolloverPlans.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new DomainException("План формирования нового учебного года не найден.", "plan");
        await NewYearAccess.EnsureAsync(db, user, plan.SchoolId, ct);
        return plan;
    }

    // System scope: each caller checks the plan's school with NewYearAccess.EnsureAsync before using this context.
    private PortalDbContext System(PortalUser user) => factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
}
