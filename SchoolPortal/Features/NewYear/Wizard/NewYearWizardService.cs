using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// «Формирование нового учебного года» for one school: the plan and its checklist, starting the plan (the engine makes the
/// proposals), confirming a step, and the first step, the study periods of the new year.
/// </summary>
public sealed class NewYearWizardService(PortalDb portalDb, PlanEditor editor, INewYearEngine engine)
{
    /// <summary>The school the user works in: their own, or for operators the one they chose (null: choose one).</summary>
    public async Task<int?> SchoolOfAsync(int? chosen)
    {
        var user = await portalDb.UserAsync();
        if (!Infrastructure.Access.ManagementAccess.SpansSchools(user))
            return user.SchoolId;
        if (chosen is null)
            return null;
        await using var db = await portalDb.OpenAsync();
        return await db.Schools.AnyAsync(s => s.Id == chosen) ? chosen : null;
    }

    /// <summary>The school's draft or latest plan with its checklist; null when the school has none yet.</summary>
    public async Task<WizardPlan?> LoadAsync(int schoolId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var plan = await db.RolloverPlans.AsNoTracking().Where(p => p.SchoolId == schoolId)
            .OrderByDescending(p => p.NewStartYear).FirstOrDefaultAsync(ct);
        if (plan is null)
            return null;
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).SingleAsync(ct);
        var years = await db.AcademicYears.AsNoTracking().Where(y => y.Id == plan.FromYearId || y.Id == plan.ToYearId).ToListAsync(ct);
        var from = years.Single(y => y.Id == plan.FromYearId);
        var to = years.Single(y => y.Id == plan.ToYearId);
        var facts = await FactsAsync(db, plan, ct);
        return new WizardPlan(plan.Id, schoolId, school, from.Name, to.Name, from.Id, to.Id, to.StartsOn, to.EndsOn, plan.State, plan.Deadline,
            plan.OperationId, PlanEditor.CanEdit(user, schoolId), NewYearChecklist.Build(plan, facts));
    }

    /// <summary>
    /// The start year of the year the school would form next, when its forming has not opened yet (before 1 April);
    /// null when it is open (or the school has no current year).
    /// </summary>
    public async Task<int?> ClosedUntilAsync(int schoolId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var current = await db.AcademicYears.Where(y => y.SchoolId == schoolId && y.Status == AcademicYearStatus.Current)
            .Select(y => (int?)y.StartYear).MaxAsync(ct);
        if (current is not { } start)
            return null;
        return RolloverPlan.PreparationOpen(start + 1, editor.Today) ? null : start + 1;
    }

    public async Task<bool> SpansSchoolsAsync() => Infrastructure.Access.ManagementAccess.SpansSchools(await portalDb.UserAsync());

    public async Task<bool> CanStartAsync(int schoolId) => PlanEditor.CanEdit(await portalDb.UserAsync(), schoolId);

    /// <summary>Creates the plan with the engine's proposals (school administrator only).</summary>
    public async Task<WizardResult> StartAsync(int schoolId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!PlanEditor.CanEdit(user, schoolId))
            return WizardResult.Refused("Начать формирование нового года может только администратор этой школы.");
        try
        {
            await engine.StartAsync(schoolId, ct);
            return WizardResult.Done;
        }
        catch (Exception e) when (e is DomainException or AccessDeniedException)
        {
            return WizardResult.Refused(e.Message);
        }
    }

    /// <summary>Marks a step done when nothing blocks it.</summary>
    public async Task<WizardResult> ConfirmAsync(int planId, RolloverStep step, CancellationToken ct = default) =>
        await editor.EditAsync(planId, null, async (db, plan) =>
        {
            var blockers = NewYearChecklist.Build(plan, await FactsAsync(db, plan, ct)).Single(s => s.Step == step).Blockers;
            if (blockers.Count > 0)
                return string.Join(" ", blockers);
            plan.Confirm(step, editor.Now);
            return null;
        }, ct);

    public async Task<IReadOnlyList<PeriodRow>> PeriodsAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var toYear = await db.RolloverPlans.Where(p => p.Id == planId).Select(p => (int?)p.ToYearId).SingleOrDefaultAsync(ct);
        var periods = await db.StudyPeriods.AsNoTracking().Where(p => p.AcademicYearId == toYear).ToListAsync(ct);
        return periods.OrderBy(p => p.StartsOn).Select(Row).ToList();
    }

    /// <summary>Adds a period (<paramref name="periodId"/> null) or changes the dates of one.</summary>
    public Task<WizardResult> SavePeriodAsync(int planId, int? periodId, StudyPeriodKind kind, int number, DateOnly? startsOn, DateOnly? endsOn,
        CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Periods, async (db, plan) =>
        {
            if (startsOn is null || endsOn is null)
                return "Укажите даты начала и окончания периода.";
            var year = await db.AcademicYears.AsNoTracking().SingleAsync(y => y.Id == plan.ToYearId, ct);
            var periods = await db.StudyPeriods.Where(p => p.AcademicYearId == plan.ToYearId).ToListAsync(ct);
            if (periodId is { } id)
            {
                var old = periods.SingleOrDefault(p => p.Id == id);
                if (old is null)
                    return "Период не найден.";
                (kind, number) = (old.Kind, old.Number);
                db.StudyPeriods.Remove(old);
            }
            // The year is read untracked with no periods, so the domain checks this period alone; the whole set is checked below.
            var period = year.AddPeriod(kind, number, startsOn.Value, endsOn.Value);
            var after = periods.Where(p => p.Id != periodId).Select(Row).Append(Row(period)).ToList();
            if (PeriodRules.Check(year, after) is { } problem)
                return problem;
            db.StudyPeriods.Add(period);
            return null;
        }, ct);

    public Task<WizardResult> DeletePeriodAsync(int planId, int periodId, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Periods, async (db, plan) =>
        {
            var period = await db.StudyPeriods.SingleOrDefaultAsync(p => p.Id == periodId && p.AcademicYearId == plan.ToYearId, ct);
            if (period is null)
                return "Период не найден.";
            db.StudyPeriods.Remove(period);
            return null;
        }, ct);

    internal async Task<PlanFacts> FactsAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        var periods = await db.StudyPeriods.CountAsync(p => p.AcademicYearId == plan.ToYearId, ct);
        var classes = db.Classes.Where(c => c.AcademicYearId == plan.ToYearId);
        var classCount = await classes.CountAsync(ct);
        var empty = await classes.CountAsync(c => !db.PupilMoves.Any(m => m.PlanId == plan.Id && m.TargetClassId == c.Id), ct);
        var withoutHolidays = await classes.CountAsync(c => c.HolidayPeriodId == null, ct);
        var sets = await db.HolidayPeriods.CountAsync(h => h.AcademicYearId == plan.ToYearId, ct);
        var staff = await db.Employees.CountAsync(e => e.SchoolId == plan.SchoolId && e.DismissedOn == null
            && !db.StaffMoves.Any(m => m.PlanId == plan.Id && m.EmployeeId == e.Id), ct);
        var leaversWorkload = await db.Workloads.CountAsync(w => w.AcademicYearId == plan.ToYearId
            && db.StaffMoves.Any(m => m.PlanId == plan.Id && m.EmployeeId == w.TeacherId), ct);
        var problems = (await engine.MovementProblemsAsync(plan.Id, ct)).Count;
        return new PlanFacts(periods, classCount, empty, problems, sets, withoutHolidays, staff, leaversWorkload);
    }

    private static PeriodRow Row(StudyPeriod p) => new(p.Id, p.Kind, p.Number, p.Name, p.StartsOn, p.EndsOn);
}
