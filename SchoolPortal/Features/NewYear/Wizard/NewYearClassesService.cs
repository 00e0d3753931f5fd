using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// Step 2, «Формирование списка классов»: next year's classes as proposed, and the administrator's changes: add, rename,
/// merge two classes of one grade, split a class (chosen pupils go to a new class), delete an empty class. Whatever pointed
/// at a class that goes away (transitions, pupils' moves, workload) is re-pointed set-based in the same transaction.
/// </summary>
public sealed class NewYearClassesService(PortalDb portalDb, PlanEditor editor)
{
    public async Task<IReadOnlyList<ClassRow>> ClassesAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var plan = await db.RolloverPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
            return [];
        var classes = await db.Classes.Where(c => c.AcademicYearId == plan.ToYearId)
            .Select(c => new
            {
                c.Id, c.Grade, c.Letter,
                Teacher = db.Employees.Where(e => e.Id == c.HomeroomTeacherId).Select(e => e.Name.Surname + " " + e.Name.FirstName).FirstOrDefault(),
                Pupils = db.PupilMoves.Count(m => m.PlanId == planId && m.TargetClassId == c.Id),
            })
            .ToListAsync(ct);
        var from = await (from t in db.ClassTransitions
                          where t.PlanId == planId && t.ToClassId != null
                          join c in db.Classes on t.FromClassId equals c.Id
                          select new { To = t.ToClassId!.Value, c.Grade, c.Letter }).ToListAsync(ct);
        var fromByClass = from.ToLookup(f => f.To, f => $"{f.Grade}{f.Letter}");
        return classes.OrderBy(c => c.Grade).ThenBy(c => c.Letter)
            .Select(c => new ClassRow(c.Id, $"{c.Grade}{c.Letter}", c.Grade, c.Letter, c.Teacher, c.Pupils,
                fromByClass[c.Id].Any() ? string.Join(", ", fromByClass[c.Id].Order()) : "новый"))
            .ToList();
    }

    public Task<WizardResult> AddAsync(int planId, int grade, string? letter, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Classes, async (db, plan) =>
        {
            var added = new SchoolClass(plan.SchoolId, plan.ToYearId, new GradeLevel(grade), letter ?? "");
            if (await NameTakenAsync(db, plan, added.Grade, added.Letter, null, ct))
                return $"Класс {added.Name} в новом году уже есть.";
            db.Classes.Add(added);
            return null;
        }, ct);

    /// <summary>A new letter (and grade) for a class: a new class takes its place and everything pointing at it.</summary>
    public Task<WizardResult> RenameAsync(int planId, int classId, int grade, string? letter, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Classes, async (db, plan) =>
        {
            var old = await ClassOfAsync(db, plan, classId, ct);
            if (old is null)
                return "Класс нового года не найден.";
            var renamed = new SchoolClass(plan.SchoolId, plan.ToYearId, new GradeLevel(grade), letter ?? "");
            if (renamed.Name == old.Name)
                return null;
            if (await NameTakenAsync(db, plan, renamed.Grade, renamed.Letter, classId, ct))
                return $"Класс {renamed.Name} в новом году уже есть.";
            renamed.AssignHomeroomTeacher(old.HomeroomTeacherId);
            renamed.AssignHolidays(old.HolidayPeriodId);
            db.Classes.Add(renamed);
            await db.SaveChangesAsync(ct);
            await RepointAsync(db, plan, classId, renamed.Id, ct);
            db.Classes.Remove(old);
            return null;
        }, ct);

    /// <summary>Two classes of one grade become one: <paramref name="removedId"/>'s pupils, transitions and workload go to <paramref name="keptId"/>.</summary>
    public Task<WizardResult> MergeAsync(int planId, int keptId, int removedId, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Classes, async (db, plan) =>
        {
            if (keptId == removedId)
                return "Выберите два разных класса.";
            var kept = await ClassOfAsync(db, plan, keptId, ct);
            var removed = await ClassOfAsync(db, plan, removedId, ct);
            if (kept is null || removed is null)
                return "Класс нового года не найден.";
            if (kept.Grade != removed.Grade)
                return $"Объединять можно классы одной параллели: {kept.Name} и {removed.Name} — разные параллели.";
            await RepointAsync(db, plan, removedId, keptId, ct);
            db.Classes.Remove(removed);
            return null;
        }, ct);

    /// <summary>A new class of the same grade; the chosen pupils (now in <paramref name="classId"/>) move to it.</summary>
    public Task<WizardResult> SplitAsync(int planId, int classId, string? newLetter, IReadOnlyCollection<int> pupilIds, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Classes, async (db, plan) =>
        {
            var source = await ClassOfAsync(db, plan, classId, ct);
            if (source is null)
                return "Класс нового года не найден.";
            if (pupilIds.Count == 0)
                return "Отметьте учеников, которые перейдут в новый класс.";
            var split = new SchoolClass(plan.SchoolId, plan.ToYearId, new GradeLevel(source.Grade), newLetter ?? "");
            if (await NameTakenAsync(db, plan, split.Grade, split.Letter, null, ct))
                return $"Класс {split.Name} в новом году уже есть.";
            var ids = pupilIds.ToList();
            var found = await db.PupilMoves.CountAsync(m => m.PlanId == plan.Id && m.TargetClassId == classId && ids.Contains(m.PupilId), ct);
            if (found != ids.Count)
                return $"Не все отмеченные ученики переходят в класс {source.Name}: обновите страницу.";
            db.Classes.Add(split);
            ReopenMovement(plan);
            await db.SaveChangesAsync(ct);
            await db.PupilMoves.Where(m => m.PlanId == plan.Id && m.TargetClassId == classId && ids.Contains(m.PupilId) && !m.Applied)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.TargetClassId, split.Id), ct);
            return null;
        }, ct);

    /// <summary>Deletes a class of the new year that no pupil goes to; classes of this year mapped to it become closed.</summary>
    public Task<WizardResult> DeleteAsync(int planId, int classId, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Classes, async (db, plan) =>
        {
            var doomed = await ClassOfAsync(db, plan, classId, ct);
            if (doomed is null)
                return "Класс нового года не найден.";
            var pupils = await db.PupilMoves.CountAsync(m => m.PlanId == plan.Id && m.TargetClassId == classId, ct);
            if (pupils > 0)
                return $"В класс {doomed.Name} переходят учеников: {pupils}. Сначала объедините его с другим или переведите учеников.";
            await db.ClassTransitions.Where(t => t.PlanId == plan.Id && t.ToClassId == classId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ToClassId, (int?)null), ct);
            await db.Workloads.Where(w => w.ClassId == classId).ExecuteDeleteAsync(ct);
            db.Classes.Remove(doomed);
            return null;
        }, ct);

    private static Task<SchoolClass?> ClassOfAsync(PortalDbContext db, RolloverPlan plan, int classId, CancellationToken ct) =>
        db.Classes.SingleOrDefaultAsync(c => c.Id == classId && c.AcademicYearId == plan.ToYearId && c.SchoolId == plan.SchoolId, ct);

    private static Task<bool> NameTakenAsync(PortalDbContext db, RolloverPlan plan, int grade, string letter, int? exceptId, CancellationToken ct) =>
        db.Classes.AnyAsync(c => c.AcademicYearId == plan.ToYearId && c.Grade == grade && c.Letter == letter && c.Id != exceptId, ct);

    /// <summary>Pupils' moves now target another class: the movement step, if confirmed, must be confirmed again.</summary>
    private static void ReopenMovement(RolloverPlan plan)
    {
        if (plan.IsConfirmed(RolloverStep.Movement))
            plan.Reopen(RolloverStep.Movement);
    }

    private static async Task RepointAsync(PortalDbContext db, RolloverPlan plan, int fromId, int toId, CancellationToken ct)
    {
        ReopenMovement(plan);
        await db.ClassTransitions.Where(t => t.PlanId == plan.Id && t.ToClassId == fromId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ToClassId, toId), ct);
        await db.PupilMoves.Where(m => m.PlanId == plan.Id && m.TargetClassId == fromId && !m.Applied)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.TargetClassId, toId), ct);
        await db.Workloads.Where(w => w.ClassId == fromId).ExecuteUpdateAsync(s => s.SetProperty(w => w.ClassId, toId), ct);
    }
}
