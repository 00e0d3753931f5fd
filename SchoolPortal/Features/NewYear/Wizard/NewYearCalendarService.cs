using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// Steps 4 and 5: the holiday sets of the new year and the classes assigned to each; the staff (who leaves) and the new
/// year's workload.
/// </summary>
public sealed class NewYearCalendarService(PortalDb portalDb, PlanEditor editor)
{
    public async Task<IReadOnlyList<HolidaySetRow>> HolidaySetsAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var toYear = await db.RolloverPlans.Where(p => p.Id == planId).Select(p => (int?)p.ToYearId).SingleOrDefaultAsync(ct);
        var sets = await db.HolidayPeriods.AsNoTracking().Where(h => h.AcademicYearId == toYear).OrderBy(h => h.Name).ToListAsync(ct);
        var classes = await db.Classes.Where(c => c.AcademicYearId == toYear && c.HolidayPeriodId != null)
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter).Select(c => new { c.HolidayPeriodId, c.Grade, c.Letter }).ToListAsync(ct);
        return sets.Select(s => new HolidaySetRow(s.Id, s.Name, s.Holidays.OrderBy(h => h.StartsOn).ToList(),
            classes.Where(c => c.HolidayPeriodId == s.Id).Select(c => $"{c.Grade}{c.Letter}").ToList())).ToList();
    }

    public Task<WizardResult> AddSetAsync(int planId, string? name, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Holidays, (db, plan) =>
        {
            db.HolidayPeriods.Add(new HolidayPeriod(plan.ToYearId, name ?? ""));
            return Task.FromResult<string?>(null);
        }, ct);

    public Task<WizardResult> AddHolidayAsync(int planId, int setId, string? name, DateOnly? startsOn, DateOnly? endsOn, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Holidays, async (db, plan) =>
        {
            var set = await db.HolidayPeriods.SingleOrDefaultAsync(h => h.Id == setId && h.AcademicYearId == plan.ToYearId, ct);
            if (set is null)
                return "Набор каникул не найден.";
            if (startsOn is null || endsOn is null)
                return "Укажите даты начала и окончания каникул.";
            var year = await db.AcademicYears.AsNoTracking().SingleAsync(y => y.Id == plan.ToYearId, ct);
            if (!year.Contains(startsOn.Value) || !year.Contains(endsOn.Value))
                return $"Каникулы должны лежать внутри учебного года {year.Name}.";
            set.AddHoliday(name ?? "", startsOn.Value, endsOn.Value);
            return null;
        }, ct);

    /// <summary>Assigns the chosen classes of the new year to a set (a class has one set: it leaves its former one).</summary>
    public Task<WizardResult> AssignAsync(int planId, int setId, IReadOnlyCollection<int> classIds, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Holidays, async (db, plan) =>
        {
            if (!await db.HolidayPeriods.AnyAsync(h => h.Id == setId && h.AcademicYearId == plan.ToYearId, ct))
                return "Набор каникул не найден.";
            var ids = classIds.ToList();
            await db.Classes.Where(c => c.AcademicYearId == plan.ToYearId && ids.Contains(c.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.HolidayPeriodId, setId), ct);
            return null;
        }, ct);

    public Task<WizardResult> RemoveHolidayAsync(int planId, int setId, DateOnly startsOn, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Holidays, async (db, plan) =>
        {
            var set = await db.HolidayPeriods.SingleOrDefaultAsync(h => h.Id == setId && h.AcademicYearId == plan.ToYearId, ct);
            if (set is null)
                return "Набор каникул не найден.";
            set.RemoveHoliday(startsOn);
            return null;
        }, ct);

    public Task<WizardResult> DeleteSetAsync(int planId, int setId, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Holidays, async (db, plan) =>
        {
            var set = await db.HolidayPeriods.SingleOrDefaultAsync(h => h.Id == setId && h.AcademicYearId == plan.ToYearId, ct);
            if (set is null)
                return "Набор каникул не найден.";
            await db.Classes.Where(c => c.HolidayPeriodId == setId).ExecuteUpdateAsync(s => s.SetProperty(c => c.HolidayPeriodId, (int?)null), ct);
            db.HolidayPeriods.Remove(set);
            return null;
        }, ct);

    public async Task<IReadOnlyList<StaffRow>> StaffAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var plan = await db.RolloverPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
            return [];
        var rows = await db.Employees.Where(e => e.SchoolId == plan.SchoolId && e.DismissedOn == null)
            .Select(e => new
            {
                e.Id, e.Name.Surname, e.Name.FirstName, e.Name.Patronymic, e.Position,
                LeavesOn = db.StaffMoves.Where(m => m.PlanId == planId && m.EmployeeId == e.Id).Select(m => (DateOnly?)m.LeavesOn).FirstOrDefault(),
                Hours = db.Workloads.Where(w => w.AcademicYearId == plan.ToYearId && w.TeacherId == e.Id).Sum(w => (decimal?)w.HoursPerWeek) ?? 0,
            })
            .ToListAsync(ct);
        return rows.Select(r => new StaffRow(r.Id, $"{r.Surname} {r.FirstName} {r.Patronymic}".TrimEnd(), r.Position, r.LeavesOn, r.Hours))
            .OrderBy(r => r.Name).ToList();
    }

    /// <summary>Marks an employee as leaving (<paramref name="leavesOn"/> a date) or carried over again (null).</summary>
    public Task<WizardResult> SetLeaverAsync(int planId, int employeeId, bool leaves, DateOnly? leavesOn, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Staff, async (db, plan) =>
        {
            if (!await db.Employees.AnyAsync(e => e.Id == employeeId && e.SchoolId == plan.SchoolId, ct))
                return "Сотрудник не найден.";
            await db.StaffMoves.Where(m => m.PlanId == plan.Id && m.EmployeeId == employeeId).ExecuteDeleteAsync(ct);
            if (!leaves)
                return null;
            if (leavesOn is null)
                return "Укажите дату увольнения.";
            db.StaffMoves.Add(new StaffMove(plan.Id, plan.SchoolId, employeeId, leavesOn.Value));
            return null;
        }, ct);

    public async Task<IReadOnlyList<WorkloadRow>> WorkloadAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var toYear = await db.RolloverPlans.Where(p => p.Id == planId).Select(p => (int?)p.ToYearId).SingleOrDefaultAsync(ct);
        var rows = await (from w in db.Workloads
                          where w.AcademicYearId == toYear
                          join c in db.Classes on w.ClassId equals c.Id
                          join s in db.Subjects on w.SubjectId equals s.Id
                          join e in db.Employees on w.TeacherId equals e.Id
                          select new { w.Id, c.Grade, c.Letter, Subject = s.Name, w.TeacherId, e.Name.Surname, e.Name.FirstName, w.HoursPerWeek, w.Group })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Grade).ThenBy(r => r.Letter).ThenBy(r => r.Subject)
            .Select(r => new WorkloadRow(r.Id, $"{r.Grade}{r.Letter}", r.Subject, r.TeacherId, $"{r.Surname} {r.FirstName}", r.HoursPerWeek, r.Group))
            .ToList();
    }

    public Task<WizardResult> ChangeWorkloadAsync(int planId, int workloadId, int teacherId, decimal hours, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Staff, async (db, plan) =>
        {
            var line = await db.Workloads.SingleOrDefaultAsync(w => w.Id == workloadId && w.AcademicYearId == plan.ToYearId, ct);
            if (line is null)
                return "Строка нагрузки не найдена.";
            if (!await db.Employees.AnyAsync(e => e.Id == teacherId && e.SchoolId == plan.SchoolId && e.DismissedOn == null, ct))
                return "Учитель не найден среди сотрудников школы.";
            line.Change(teacherId, hours, line.Group);
            return null;
        }, ct);

    public Task<WizardResult> DeleteWorkloadAsync(int planId, int workloadId, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Staff, async (db, plan) =>
        {
            var deleted = await db.Workloads.Where(w => w.Id == workloadId && w.AcademicYearId == plan.ToYearId).ExecuteDeleteAsync(ct);
            return deleted == 0 ? "Строка нагрузки не найдена." : null;
        }, ct);
}
