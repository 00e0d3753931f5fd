using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>
/// The final step for one school: a dozen set-based statements in one transaction. The first statement claims the plan
/// (State ≠ Opened), so a second run of an opened school changes nothing; a run killed half-way leaves nothing behind and
/// the next run starts over, which gives the same database as one clean run. What the opening overwrites is written into
/// the moves first (<c>Previous…</c>, the closed membership), so <see cref="RolloverUndo"/> restores it exactly.
/// </summary>
internal static class RolloverOpening
{
    public const int Statements = 12;

    /// <summary>The new year's class memberships of the pupils whose move puts them into a class; {0} the first day, {1} the plan.</summary>
    internal static readonly string EnrolIntoNewClasses = $$"""
        INSERT INTO "ClassMemberships" ("PupilId", "SchoolClassId", "From")
        SELECT m."PupilId", m."TargetClassId", {0}
        FROM "PupilMoves" m
        WHERE m."PlanId" = {1} AND m."Kind" IN ({{PupilMoveKinds.StoredNumbers(PupilMoveKinds.IntoAClass)}}) AND m."TargetClassId" IS NOT NULL
        ORDER BY m."PupilId"
        """;

    /// <returns>The counts, or null when the school was already opened (nothing done).</returns>
    public static async Task<MoveCounts?> OpenAsync(PortalDbContext db, int planId, AuditActor actor, DateTimeOffset now, OpeningProgress progress,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var step = 0;
        Task Next(string stage) => progress(++step, Statements, stage);

        var claimed = await db.RolloverPlans.IgnoreQueryFilters().Where(p => p.Id == planId && p.State != RolloverState.Opened)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.State, RolloverState.Opening), ct);
        if (claimed == 0)
            return null;
        var plan = await db.RolloverPlans.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var (schoolId, fromId, toId) = (plan.SchoolId, plan.FromYearId, plan.ToYearId);
        var years = await db.AcademicYears.IgnoreQueryFilters().AsNoTracking().Where(y => y.Id == fromId || y.Id == toId).ToListAsync(ct);
        var (from, to) = (years.Single(y => y.Id == fromId), years.Single(y => y.Id == toId));
        var startsOn = to.StartsOn;
        var dayBefore = startsOn.AddDays(-1);
        await Next("Запоминание прежнего состояния учеников");

        var moves = db.PupilMoves.IgnoreQueryFilters().Where(m => m.PlanId == planId);
        var pupils = db.Pupils.IgnoreQueryFilters();
        var memberships = db.ClassMemberships.IgnoreQueryFilters();
        var classes = db.Classes.IgnoreQueryFilters();
        await moves.ExecuteUpdateAsync(u => u
            .SetProperty(m => m.PreviousStatus, m => pupils.Where(p => p.Id == m.PupilId).Select(p => (PupilStatus?)p.Status).FirstOrDefault())
            .SetProperty(m => m.PreviousClassId, m => pupils.Where(p => p.Id == m.PupilId).Select(p => p.CurrentClassId).FirstOrDefault())
            .SetProperty(m => m.PreviousLeftOn, m => pupils.Where(p => p.Id == m.PupilId).Select(p => p.LeftOn).FirstOrDefault())
            .SetProperty(m => m.PreviousLeavingOrder, m => pupils.Where(p => p.Id == m.PupilId).Select(p => p.LeavingOrder).FirstOrDefault())
            .SetProperty(m => m.ClosedMembershipId, m => memberships
                .Where(cm => cm.PupilId == m.PupilId && cm.To == null && classes.Any(c => c.Id == cm.SchoolClassId && c.AcademicYearId == fromId))
                .Select(cm => (int?)cm.Id).FirstOrDefault())
            .SetProperty(m => m.Applied, true), ct);
        await Next("Закрытие пребывания в классах текущего года");

        var studying = moves.Where(m => PupilMoveKinds.IntoAClass.Contains(m.Kind));
        var leaving = moves.Where(m => PupilMoveKinds.OutOfTheSchool.Contains(m.Kind));
        await memberships.Where(cm => studying.Select(m => m.ClosedMembershipId).Contains(cm.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(cm => cm.To, dayBefore), ct);
        await Next("Закрытие пребывания выпускников и выбывших");
        await memberships.Where(cm => leaving.Select(m => m.ClosedMembershipId).Contains(cm.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(cm => cm.To, cm => moves.Where(m => m.PupilId == cm.PupilId).Select(m => m.LeavesOn).FirstOrDefault()), ct);
        await Next("Зачисление в классы нового года");

        await db.Database.ExecuteSqlRawAsync(EnrolIntoNewClasses, [startsOn, planId], ct);
        await Next("Ученики нового года");

        await pupils.Where(p => p.SchoolId == schoolId && studying.Any(m => m.PupilId == p.Id))
            .ExecuteUpdateAsync(u => u
                .SetProperty(p => p.Status, PupilStatus.Enrolled)
                .SetProperty(p => p.CurrentClassId, p => studying.Where(m => m.PupilId == p.Id).Select(m => m.TargetClassId).FirstOrDefault())
                .SetProperty(p => p.LeftOn, (DateOnly?)null)
                .SetProperty(p => p.LeavingOrder, (string?)null), ct);
        await Next("Выпускники и выбывшие");
        await pupils.Where(p => p.SchoolId == schoolId && leaving.Any(m => m.PupilId == p.Id))
            .ExecuteUpdateAsync(u => u
                .SetProperty(p => p.Status, p => leaving.Where(m => m.PupilId == p.Id)
                    .Select(m => m.Kind == PupilMoveKind.Graduate ? PupilStatus.Graduated : PupilStatus.Withdrawn).FirstOrDefault())
                .SetProperty(p => p.CurrentClassId, (int?)null)
                .SetProperty(p => p.LeftOn, p => leaving.Where(m => m.PupilId == p.Id).Select(m => m.LeavesOn).FirstOrDefault())
                .SetProperty(p => p.LeavingOrder, p => leaving.Where(m => m.PupilId == p.Id).Select(m => m.OrderNumber).FirstOrDefault()), ct);
        await Next("Закрытие текущего учебного года");

        var academicYears = db.AcademicYears.IgnoreQueryFilters();
        await academicYears.Where(y => y.Id == fromId).ExecuteUpdateAsync(u => u.SetProperty(y => y.Status, AcademicYearStatus.Closed), ct);
        await Next("Новый учебный год становится текущим");
        await academicYears.Where(y => y.Id == toId).ExecuteUpdateAsync(u => u.SetProperty(y => y.Status, AcademicYearStatus.Current), ct);
        await Next("Увольнение сотрудников, которые не переходят в новый год");

        var staffMoves = db.StaffMoves.IgnoreQueryFilters().Where(s => s.PlanId == planId);
        var employees = db.Employees.IgnoreQueryFilters();
        await staffMoves.ExecuteUpdateAsync(u => u
            .SetProperty(s => s.PreviousDismissedOn, s => employees.Where(e => e.Id == s.EmployeeId).Select(e => e.DismissedOn).FirstOrDefault())
            .SetProperty(s => s.Applied, true), ct);
        await employees.Where(e => e.SchoolId == schoolId && staffMoves.Any(s => s.EmployeeId == e.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.DismissedOn, e => staffMoves.Where(s => s.EmployeeId == e.Id).Select(s => (DateOnly?)s.LeavesOn).FirstOrDefault()), ct);
        await Next("Запись в журнал изменений");

        var counts = await MoveCounts.ReadAsync(db, planId, ct);
        await db.RolloverPlans.IgnoreQueryFilters().Where(p => p.Id == planId).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.State, RolloverState.Opened)
            .SetProperty(p => p.OpenedAt, now)
            .SetProperty(p => p.OpenedByLogin, actor.Login), ct);
        await WriteAuditAsync(db, actor, now, schoolId, planId, [
            new AuditChange("Учебный год", from.Name, to.Name),
            new AuditChange("Движение учащихся", null, counts.ToString()),
        ], ct);
        await Next("Готово");
        await transaction.CommitAsync(ct);
        return counts;
    }

    /// <summary>
    /// The set-based statements bypass the audit of SaveChanges (one entry per changed record): the opening and its undo
    /// leave one entry per school that says what was done and how many records it touched; the moves hold the detail.
    /// </summary>
    public static async Task WriteAuditAsync(PortalDbContext db, AuditActor actor, DateTimeOffset now, int schoolId, int planId,
        IEnumerable<AuditChange> changes, CancellationToken ct)
    {
        db.AuditLog.Add(new AuditEntry(now, actor.AccountId, actor.Login, schoolId, nameof(RolloverPlan), planId, AuditAction.Changed, changes));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
