using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>
/// Rolls an opened school back to the state before the opening, set-based and in one transaction: the new memberships go,
/// the closed ones reopen, pupils and staff get their <c>Previous…</c> values back, the years their statuses; the plan is a
/// draft again. Allowed only while no lesson of the new year has marks (after that the new year is in use).
/// </summary>
internal static class RolloverUndo
{
    public static async Task<UndoCheck> CheckAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        if (plan.State != RolloverState.Opened)
            return new UndoCheck(false, "Новый учебный год не открыт: отменять нечего.");
        var startsOn = await db.AcademicYears.IgnoreQueryFilters().Where(y => y.Id == plan.ToYearId).Select(y => y.StartsOn).SingleAsync(ct);
        var marked = await db.JournalCells.IgnoreQueryFilters()
            .Where(c => c.SchoolId == plan.SchoolId && c.Marks != MarkList.Empty)
            .Where(c => db.Lessons.IgnoreQueryFilters().Any(l => l.Id == c.LessonId && l.Date >= startsOn))
            .AnyAsync(ct);
        return marked
            ? new UndoCheck(false, "В новом учебном году уже выставлены отметки: открытие отменить нельзя.")
            : new UndoCheck(true, null);
    }

    public static async Task UndoAsync(PortalDbContext db, int planId, AuditActor actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await db.RolloverPlans.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var check = await CheckAsync(db, plan, ct);
        if (!check.Allowed)
            throw new Domain.Common.DomainException(check.Reason!, "undo");
        var (schoolId, fromId, toId) = (plan.SchoolId, plan.FromYearId, plan.ToYearId);
        var startsOn = await db.AcademicYears.IgnoreQueryFilters().Where(y => y.Id == toId).Select(y => y.StartsOn).SingleAsync(ct);

        var moves = db.PupilMoves.IgnoreQueryFilters().Where(m => m.PlanId == planId && m.Applied);
        var memberships = db.ClassMemberships.IgnoreQueryFilters();
        var pupils = db.Pupils.IgnoreQueryFilters();
        var newClasses = db.Classes.IgnoreQueryFilters().Where(c => c.AcademicYearId == toId);
        await memberships.Where(cm => newClasses.Select(c => c.Id).Contains(cm.SchoolClassId) && cm.From == startsOn && moves.Any(m => m.PupilId == cm.PupilId))
            .ExecuteDeleteAsync(ct);
        await memberships.Where(cm => moves.Select(m => m.ClosedMembershipId).Contains(cm.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(cm => cm.To, (DateOnly?)null), ct);
        await pupils.Where(p => p.SchoolId == schoolId && moves.Any(m => m.PupilId == p.Id))
            .ExecuteUpdateAsync(u => u
                .SetProperty(p => p.Status, p => moves.Where(m => m.PupilId == p.Id).Select(m => m.PreviousStatus!.Value).FirstOrDefault())
                .SetProperty(p => p.CurrentClassId, p => moves.Where(m => m.PupilId == p.Id).Select(m => m.PreviousClassId).FirstOrDefault())
                .SetProperty(p => p.LeftOn, p => moves.Where(m => m.PupilId == p.Id).Select(m => m.PreviousLeftOn).FirstOrDefault())
                .SetProperty(p => p.LeavingOrder, p => moves.Where(m => m.PupilId == p.Id).Select(m => m.PreviousLeavingOrder).FirstOrDefault()), ct);
        await moves.ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Applied, false)
            .SetProperty(m => m.PreviousStatus, (Domain.Pupils.PupilStatus?)null)
            .SetProperty(m => m.PreviousClassId, (int?)null)
            .SetProperty(m => m.PreviousLeftOn, (DateOnly?)null)
            .SetProperty(m => m.PreviousLeavingOrder, (string?)null)
            .SetProperty(m => m.ClosedMembershipId, (int?)null), ct);

        var staffMoves = db.StaffMoves.IgnoreQueryFilters().Where(s => s.PlanId == planId && s.Applied);
        await db.Employees.IgnoreQueryFilters().Where(e => e.SchoolId == schoolId && staffMoves.Any(s => s.EmployeeId == e.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.DismissedOn, e => staffMoves.Where(s => s.EmployeeId == e.Id).Select(s => s.PreviousDismissedOn).FirstOrDefault()), ct);
        await staffMoves.ExecuteUpdateAsync(u => u.SetProperty(s => s.Applied, false).SetProperty(s => s.PreviousDismissedOn, (DateOnly?)null), ct);

        var years = db.AcademicYears.IgnoreQueryFilters();
        await years.Where(y => y.Id == toId).ExecuteUpdateAsync(u => u.SetProperty(y => y.Status, AcademicYearStatus.Planned), ct);
        await years.Where(y => y.Id == fromId).ExecuteUpdateAsync(u => u.SetProperty(y => y.Status, AcademicYearStatus.Current), ct);
        await db.RolloverPlans.IgnoreQueryFilters().Where(p => p.Id == planId).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.State, RolloverState.Draft)
            .SetProperty(p => p.OpenedAt, (DateTimeOffset?)null)
            .SetProperty(p => p.OpenedByLogin, (string?)null)
            .SetProperty(p => p.RolledBackAt, now), ct);
        await RolloverOpening.WriteAuditAsync(db, actor, now, schoolId, planId, [new AuditChange("Открытие учебного года отменено", null, plan.NewStartYear + "/" + (plan.NewStartYear + 1))], ct);
        await transaction.CommitAsync(ct);
    }
}
