using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>
/// Starts one school's plan with the proposals of every step, in one transaction: the next year (Planned) with this
/// year's study periods and holiday sets a year later, next year's classes (<see cref="ClassMapping"/>), a transition per
/// class, a move per pupil (<see cref="MovementPlan"/>, inserted in batches) and the workload copied where the teacher stays.
/// The handful of years, periods and classes are tracked entities; everything per pupil is set-based.
/// </summary>
internal static class RolloverProposals
{
    /// <summary>The default date of leaving for graduates: the end of the school year (order numbers are entered by the school).</summary>
    public static DateOnly GraduationDay(AcademicYear from) => new(from.StartYear + 1, 6, 30);

    /// <param name="today">The region's today: before 1 April of the new year's first calendar year nothing is formed.</param>
    public static async Task<int> StartAsync(PortalDbContext db, int schoolId, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var from = await db.AcademicYears.Include(y => y.Periods)
            .SingleOrDefaultAsync(y => y.SchoolId == schoolId && y.Status == AcademicYearStatus.Current, ct)
            ?? throw new DomainException("В школе нет текущего учебного года: сформировать следующий не из чего.", "year");
        var newStart = from.StartYear + 1;
        var existing = await db.RolloverPlans.Where(p => p.SchoolId == schoolId && p.NewStartYear == newStart).Select(p => p.Id).FirstOrDefaultAsync(ct);
        if (existing != 0)
            return existing;
        if (!RolloverPlan.PreparationOpen(newStart, today))
            throw new DomainException(RolloverPlan.PreparationClosedMessage(newStart), "year");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var to = await NextYearAsync(db, from, ct);
        var holidaySets = await CopyHolidaySetsAsync(db, from, to, ct);
        var classes = await db.Classes.AsNoTracking().Where(c => c.AcademicYearId == from.Id)
            .Select(c => new ClassFacts(c.Id, c.Grade, c.Letter, c.HomeroomTeacherId, c.HolidayPeriodId))
            .ToListAsync(ct);
        var mapping = ClassMapping.Propose(classes);
        var created = await CreateClassesAsync(db, schoolId, to, mapping, holidaySets, ct);

        var plan = new RolloverPlan(schoolId, from.Id, to.Id, newStart, now);
        db.RolloverPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        var transitions = mapping.Transitions.ToDictionary(t => t.Key, t => t.Value is { } key ? created[key] : (int?)null);
        db.ClassTransitions.AddRange(transitions.Select(t => new ClassTransition(plan.Id, schoolId, t.Key, t.Value)));
        await db.SaveChangesAsync(ct);

        var pupils = await RolloverFacts.PupilsAsync(db, schoolId, from.Id, ct);
        var moves = MovementPlan.Propose(pupils, transitions, GraduationDay(from));
        await RowInserts.InsertAsync(db, "PupilMoves", ["PlanId", "SchoolId", "PupilId", "Kind", "TargetClassId", "LeavesOn", "OrderNumber", "Applied"],
            moves.Select(m => new object?[] { plan.Id, schoolId, m.PupilId, (int)m.Kind, m.TargetClassId, m.LeavesOn, m.OrderNumber, false }), ct);
        await DraftWorkloadAsync(db, plan.Id, to.Id, ct);
        await transaction.CommitAsync(ct);
        return plan.Id;
    }

    /// <summary>The planned next year, made now with this year's study periods a year later (or found, when someone made it already).</summary>
    private static async Task<AcademicYear> NextYearAsync(PortalDbContext db, AcademicYear from, CancellationToken ct)
    {
        var to = await db.AcademicYears.Include(y => y.Periods).SingleOrDefaultAsync(y => y.SchoolId == from.SchoolId && y.StartYear == from.StartYear + 1, ct);
        if (to is not null)
            return to.Status == AcademicYearStatus.Planned
                ? to
                : throw new DomainException($"Учебный год {to.Name} уже открыт или закрыт.", "year");
        to = new AcademicYear(from.SchoolId, from.StartYear + 1);
        foreach (var period in from.Periods.OrderBy(p => p.Number))
            to.AddPeriod(period.Kind, period.Number, period.StartsOn.AddYears(1), period.EndsOn.AddYears(1));
        db.AcademicYears.Add(to);
        await db.SaveChangesAsync(ct);
        return to;
    }

    /// <returns>This year's holiday set → its copy in the next year.</returns>
    private static async Task<Dictionary<int, int>> CopyHolidaySetsAsync(PortalDbContext db, AcademicYear from, AcademicYear to, CancellationToken ct)
    {
        var sets = await db.HolidayPeriods.AsNoTracking().Where(h => h.AcademicYearId == from.Id).OrderBy(h => h.Id).ToListAsync(ct);
        var existing = await db.HolidayPeriods.AsNoTracking().Where(h => h.AcademicYearId == to.Id).ToListAsync(ct);
        var copies = new Dictionary<int, HolidayPeriod>();
        foreach (var set in sets)
        {
            if (existing.FirstOrDefault(e => e.Name == set.Name) is { } found)
            {
                copies[set.Id] = found;
                continue;
            }
            var copy = new HolidayPeriod(to.Id, set.Name);
            foreach (var holiday in set.Holidays.OrderBy(h => h.StartsOn))
                copy.AddHoliday(holiday.Name, holiday.StartsOn.AddYears(1), holiday.EndsOn.AddYears(1));
            db.HolidayPeriods.Add(copy);
            copies[set.Id] = copy;
        }
        await db.SaveChangesAsync(ct);
        return copies.ToDictionary(c => c.Key, c => c.Value.Id);
    }

    /// <returns>(grade, letter) → the id of next year's class.</returns>
    private static async Task<Dictionary<(int Grade, string Letter), int>> CreateClassesAsync(PortalDbContext db, int schoolId, AcademicYear to,
        ClassMappingResult mapping, IReadOnlyDictionary<int, int> holidaySets, CancellationToken ct)
    {
        var existing = await db.Classes.Where(c => c.AcademicYearId == to.Id).ToListAsync(ct);
        var stayingTeachers = (await db.Employees.AsNoTracking().Where(e => e.SchoolId == schoolId && e.DismissedOn == null).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        var classes = new Dictionary<(int, string), SchoolClass>();
        foreach (var proposed in mapping.Classes)
        {
            var schoolClass = existing.FirstOrDefault(c => c.Grade == proposed.Grade && c.Letter == proposed.Letter);
            if (schoolClass is null)
            {
                schoolClass = new SchoolClass(schoolId, to.Id, new GradeLevel(proposed.Grade), proposed.Letter);
                schoolClass.AssignHomeroomTeacher(proposed.HomeroomTeacherId is { } t && stayingTeachers.Contains(t) ? t : null);
                schoolClass.AssignHolidays(proposed.HolidayPeriodId is { } h && holidaySets.TryGetValue(h, out var copy) ? copy : null);
                db.Classes.Add(schoolClass);
            }
            classes[(proposed.Grade, proposed.Letter)] = schoolClass;
        }
        await db.SaveChangesAsync(ct);
        return classes.ToDictionary(c => c.Key, c => c.Value.Id);
    }

    /// <summary>
    /// Next year's workload drafted from this year's: each line of a class that carries over goes to the class it maps to,
    /// where the teacher is not dismissed; of classes merged into one, the first line per subject and group wins.
    /// </summary>
    private static Task<int> DraftWorkloadAsync(PortalDbContext db, int planId, int toYearId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Workloads" ("SchoolId", "AcademicYearId", "ClassId", "SubjectId", "TeacherId", "HoursPerWeek", "Group")
            SELECT w."SchoolId", {toYearId}, t."ToClassId", w."SubjectId", w."TeacherId", w."HoursPerWeek", w."Group"
            FROM "Workloads" w
            JOIN "ClassTransitions" t ON t."FromClassId" = w."ClassId" AND t."PlanId" = {planId}
            JOIN "Employees" e ON e."Id" = w."TeacherId"
            WHERE t."ToClassId" IS NOT NULL AND e."DismissedOn" IS NULL
              AND w."Id" = (SELECT MIN(w2."Id") FROM "Workloads" w2
                            JOIN "ClassTransitions" t2 ON t2."FromClassId" = w2."ClassId" AND t2."PlanId" = {planId}
                            JOIN "Employees" e2 ON e2."Id" = w2."TeacherId"
                            WHERE t2."ToClassId" = t."ToClassId" AND w2."SubjectId" = w."SubjectId" AND e2."DismissedOn" IS NULL
                              AND (w2."Group" = w."Group" OR (w2."Group" IS NULL AND w."Group" IS NULL)))
              AND NOT EXISTS (SELECT 1 FROM "Workloads" x WHERE x."ClassId" = t."ToClassId" AND x."SubjectId" = w."SubjectId"
                              AND (x."Group" = w."Group" OR (x."Group" IS NULL AND w."Group" IS NULL)))
            """, ct);
}
