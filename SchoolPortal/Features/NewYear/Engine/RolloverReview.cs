using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>The movement check (<see cref="MovementPlan.Check"/> over projections) and the preview of the final step.</summary>
internal static class RolloverReview
{
    private static readonly Dictionary<RolloverStep, string> StepNames = new()
    {
        [RolloverStep.Periods] = "учебные периоды",
        [RolloverStep.Classes] = "список классов",
        [RolloverStep.Movement] = "движение учащихся",
        [RolloverStep.Holidays] = "календарь каникул",
        [RolloverStep.Staff] = "список работников",
    };

    public static async Task<IReadOnlyList<MoveProblem>> CheckAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        var from = await db.AcademicYears.IgnoreQueryFilters().AsNoTracking().SingleAsync(y => y.Id == plan.FromYearId, ct);
        var pupils = await RolloverFacts.PupilsAsync(db, plan.SchoolId, plan.FromYearId, ct);
        var moves = await RolloverFacts.MovesAsync(db, plan.Id, ct);
        var grades = await RolloverFacts.ClassGradesAsync(db, plan.ToYearId, ct);
        return MovementPlan.Check(pupils, moves, grades, from.StartsOn, from.EndsOn);
    }

    public static async Task<IReadOnlyList<MovementProblem>> ProblemsAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        if (plan.State == RolloverState.Opened)
            return [];
        var problems = await CheckAsync(db, plan, ct);
        var ids = problems.Select(p => p.PupilId).ToList();
        var pupils = await db.Pupils.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.CurrentClassId }).ToDictionaryAsync(p => p.Id, ct);
        var classes = await RolloverFacts.ClassNamesAsync(db, plan.SchoolId, ct);
        return problems
            .Select(p => pupils.TryGetValue(p.PupilId, out var pupil)
                ? new MovementProblem(p.PupilId, pupil.Name.Full, pupil.CurrentClassId is { } c ? classes.GetValueOrDefault(c) : null, p.Reason)
                : new MovementProblem(p.PupilId, $"Ученик {p.PupilId}", null, p.Reason))
            .OrderBy(p => p.ClassName).ThenBy(p => p.PupilName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What keeps the school from opening: unconfirmed steps, pupils without one valid state, the plan's state.</summary>
    public static async Task<IReadOnlyList<string>> BlockersAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        var blockers = new List<string>();
        if (plan.State == RolloverState.Opened)
            blockers.Add("Новый учебный год уже открыт.");
        var unconfirmed = StepNames.Where(s => !plan.IsConfirmed(s.Key)).Select(s => $"«{s.Value}»").ToList();
        if (unconfirmed.Count > 0)
            blockers.Add($"Не подтверждены шаги: {string.Join(", ", unconfirmed)}.");
        var from = await db.AcademicYears.IgnoreQueryFilters().AsNoTracking().Where(y => y.Id == plan.FromYearId).Select(y => y.Status).SingleAsync(ct);
        if (plan.State != RolloverState.Opened && from != AcademicYearStatus.Current)
            blockers.Add("Учебный год, из которого формируется новый, уже не текущий.");
        if (plan.State != RolloverState.Opened)
        {
            var problems = (await CheckAsync(db, plan, ct)).Count;
            if (problems > 0)
                blockers.Add($"У {problems} учеников не определено однозначное состояние (см. шаг «Движение учащихся»).");
        }
        return blockers;
    }

    public static async Task<RolloverPreview> PreviewAsync(PortalDbContext db, RolloverPlan plan, CancellationToken ct)
    {
        var school = await db.Schools.IgnoreQueryFilters().Where(s => s.Id == plan.SchoolId).Select(s => s.ShortName).SingleAsync(ct);
        var years = await db.AcademicYears.IgnoreQueryFilters().AsNoTracking().Where(y => y.Id == plan.FromYearId || y.Id == plan.ToYearId).ToListAsync(ct);
        var blockers = await BlockersAsync(db, plan, ct);
        var counts = await MoveCounts.ReadAsync(db, plan.Id, ct);
        var classNames = await RolloverFacts.ClassNamesAsync(db, plan.SchoolId, ct);
        var sources = await db.ClassTransitions.IgnoreQueryFilters().AsNoTracking().Where(t => t.PlanId == plan.Id && t.ToClassId != null)
            .Select(t => new { t.FromClassId, ToClassId = t.ToClassId!.Value }).ToListAsync(ct);
        var filled = await db.PupilMoves.IgnoreQueryFilters().Where(m => m.PlanId == plan.Id && m.TargetClassId != null)
            .GroupBy(m => m.TargetClassId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var newClasses = await db.Classes.IgnoreQueryFilters().AsNoTracking().Where(c => c.AcademicYearId == plan.ToYearId)
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter).Select(c => c.Id).ToListAsync(ct);
        var lines = newClasses.Select(id =>
        {
            var from = sources.Where(s => s.ToClassId == id).Select(s => classNames.GetValueOrDefault(s.FromClassId) ?? "?").ToList();
            return new RolloverClassLine(id, classNames[id], filled.GetValueOrDefault(id), from.Count == 0 ? "новый класс" : string.Join(", ", from));
        }).ToList();
        var others = await db.PupilMoves.IgnoreQueryFilters().AsNoTracking().Where(m => m.PlanId == plan.Id && m.Kind != PupilMoveKind.Promote)
            .Select(m => new { m.PupilId, m.Kind, m.TargetClassId, m.PreviousClassId, m.Applied,
                Pupil = db.Pupils.IgnoreQueryFilters().Where(p => p.Id == m.PupilId).Select(p => new { p.Name, p.CurrentClassId }).First() })
            .ToListAsync(ct);
        var notPromoted = others
            .Select(m => new RolloverPupilLine(m.PupilId, m.Pupil.Name.Full,
                (m.Applied ? m.PreviousClassId : m.Pupil.CurrentClassId) is { } c ? classNames.GetValueOrDefault(c) : null,
                MoveName(m.Kind), m.TargetClassId is { } t ? classNames.GetValueOrDefault(t) : null))
            .OrderBy(l => l.Move).ThenBy(l => l.FromClass).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        return new RolloverPreview(plan.Id, school, years.Single(y => y.Id == plan.FromYearId).Name, years.Single(y => y.Id == plan.ToYearId).Name,
            blockers, counts.Promoted, counts.Repeaters, counts.Graduates, counts.Leavers, counts.Enrolled, counts.Withdrawn, counts.StaffLeaving,
            lines, notPromoted);
    }

    public static string MoveName(PupilMoveKind kind) => kind switch
    {
        PupilMoveKind.Promote => "перевод",
        PupilMoveKind.Repeat => "повторное обучение",
        PupilMoveKind.Graduate => "выпуск",
        PupilMoveKind.Leave => "выбытие",
        PupilMoveKind.Enroll => "зачисление",
        _ => "выбытие с нового года",
    };
}
