using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// Step 3, «Движение учащихся»: every pupil of this year with the state chosen for them (promotion by default), the
/// administrator's changes (repeaters, graduates, leavers, withdrawals; all 11th graders at once), and the pupils
/// enrolled from the new year (a pupil with status «зачислен с нового года» and an enrolment move).
/// </summary>
public sealed class NewYearMovementService(PortalDb portalDb, PlanEditor editor, PersonDuplicateGuard guard, TimeProvider clock)
{
    public async Task<IReadOnlyList<PupilMoveRow>> PupilsAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var plan = await db.RolloverPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
            return [];
        var rows = await (from p in db.Pupils
                          where p.SchoolId == plan.SchoolId
                          let current = db.Classes.FirstOrDefault(c => c.Id == p.CurrentClassId && c.AcademicYearId == plan.FromYearId)
                          let move = db.PupilMoves.FirstOrDefault(m => m.PlanId == planId && m.PupilId == p.Id)
                          where (p.Status == PupilStatus.Enrolled && current != null) || (move != null && move.Kind == PupilMoveKind.Enroll)
                          let target = db.Classes.FirstOrDefault(c => c.Id == move!.TargetClassId)
                          select new
                          {
                              p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic,
                              FromId = (int?)current!.Id, FromGrade = (int?)current.Grade, FromLetter = current.Letter,
                              Kind = (PupilMoveKind?)move!.Kind, Target = (int?)move.TargetClassId, TargetGrade = (int?)target!.Grade,
                              TargetLetter = target.Letter, move.LeavesOn, move.OrderNumber,
                          }).ToListAsync(ct);
        return rows
            .Select(r => new PupilMoveRow(r.Id, $"{r.Surname} {r.FirstName} {r.Patronymic}".TrimEnd(), r.FromId,
                r.FromId is null ? null : $"{r.FromGrade}{r.FromLetter}", r.FromGrade, r.Kind, r.Target,
                r.TargetGrade is null ? null : $"{r.TargetGrade}{r.TargetLetter}", r.LeavesOn, r.OrderNumber))
            .OrderBy(r => r.FromGrade ?? 99).ThenBy(r => r.FromClass).ThenBy(r => r.Name, StringComparer.Create(CardCalendar.Russian, false))
            .ToList();
    }

    /// <summary>Sets one pupil's state; a refusal says what to fix.</summary>
    public Task<WizardResult> SetAsync(int planId, int pupilId, MoveChoice choice, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Movement, async (db, plan) =>
        {
            var pupil = await db.Pupils.Where(p => p.Id == pupilId && p.SchoolId == plan.SchoolId)
                .Select(p => new { p.Id, p.Status, p.CurrentClassId }).SingleOrDefaultAsync(ct);
            if (pupil is null)
                return "Ученик не найден или недоступен вам.";
            var fromGrade = await db.Classes.Where(c => c.Id == pupil.CurrentClassId && c.AcademicYearId == plan.FromYearId)
                .Select(c => (int?)c.Grade).SingleOrDefaultAsync(ct);
            if (fromGrade is null && pupil.Status != PupilStatus.Admitted)
                return "Ученик не учится в классе текущего года этой школы.";
            var targetGrade = await db.Classes.Where(c => c.Id == choice.TargetClassId && c.AcademicYearId == plan.ToYearId)
                .Select(c => (int?)c.Grade).SingleOrDefaultAsync(ct);
            var newYear = await db.AcademicYears.AsNoTracking().SingleAsync(y => y.Id == plan.ToYearId, ct);
            if (MoveRules.Check(choice, fromGrade, targetGrade, newYear) is { } problem)
                return problem;
            var move = await db.PupilMoves.SingleOrDefaultAsync(m => m.PlanId == plan.Id && m.PupilId == pupilId, ct);
            if (move is null)
                db.PupilMoves.Add(new PupilMove(plan.Id, plan.SchoolId, pupilId, choice.Kind, choice.TargetClassId, choice.LeavesOn, choice.OrderNumber));
            else
                move.Decide(choice.Kind, choice.TargetClassId, choice.LeavesOn, choice.OrderNumber);
            return null;
        }, ct);

    /// <summary>Every pupil of this year's classes of <paramref name="grade"/> (9 or 11) graduates on one date by one order.</summary>
    public Task<WizardResult> GraduateGradeAsync(int planId, int grade, DateOnly? on, string? order, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Movement, async (db, plan) =>
        {
            var newYear = await db.AcademicYears.AsNoTracking().SingleAsync(y => y.Id == plan.ToYearId, ct);
            if (MoveRules.Check(new MoveChoice(PupilMoveKind.Graduate, null, on, order), grade, null, newYear) is { } problem)
                return problem;
            var orderNumber = order!.Trim();
            var pupils = db.Pupils.Where(p => p.SchoolId == plan.SchoolId && p.Status == PupilStatus.Enrolled
                && db.Classes.Any(c => c.Id == p.CurrentClassId && c.AcademicYearId == plan.FromYearId && c.Grade == grade));
            var updated = await db.PupilMoves.Where(m => m.PlanId == plan.Id && !m.Applied && pupils.Any(p => p.Id == m.PupilId))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Kind, PupilMoveKind.Graduate).SetProperty(m => m.TargetClassId, (int?)null)
                    .SetProperty(m => m.LeavesOn, on).SetProperty(m => m.OrderNumber, orderNumber), ct);
            var missing = await pupils.Where(p => !db.PupilMoves.Any(m => m.PlanId == plan.Id && m.PupilId == p.Id)).Select(p => p.Id).ToListAsync(ct);
            db.PupilMoves.AddRange(missing.Select(id => new PupilMove(plan.Id, plan.SchoolId, id, PupilMoveKind.Graduate, null, on, orderNumber)));
            return updated + missing.Count == 0 ? $"В {grade} параллели текущего года нет учеников." : null;
        }, ct);

    /// <summary>
    /// Enrols a new pupil from the new year: the pupil card (status «зачислен с нового года», no class until the year opens)
    /// and the enrolment move. A person already in the region's records is refused, with the record named.
    /// </summary>
    public Task<WizardResult> EnrollAsync(int planId, EnrollmentForm form, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Movement, async (db, plan) =>
        {
            var today = CardCalendar.Today(clock);
            var name = PersonName.Create(form.Surname, form.FirstName, form.Patronymic, form.NoPatronymic);
            if (CardCalendar.ToDateOnly(form.BirthDate) is not { } birthDate)
                return "Укажите дату рождения.";
            if (form.Gender is not { } gender)
                return "Укажите пол.";
            var targetGrade = await db.Classes.Where(c => c.Id == form.TargetClassId && c.AcademicYearId == plan.ToYearId)
                .Select(c => (int?)c.Grade).SingleOrDefaultAsync(ct);
            var newYear = await db.AcademicYears.AsNoTracking().SingleAsync(y => y.Id == plan.ToYearId, ct);
            if (MoveRules.Check(new MoveChoice(PupilMoveKind.Enroll, form.TargetClassId, null, null), null, targetGrade, newYear) is { } problem)
                return problem;
            var matches = await guard.FindAsync(new PersonProbe(PersonKind.Pupil, name, birthDate, null, null, null, plan.SchoolId), ct);
            if (matches.Count > 0)
                return matches[0].Message;
            var pupil = new Pupil(plan.SchoolId, name, birthDate, gender, today);
            db.Pupils.Add(pupil);
            // The domain's constructor makes an enrolled pupil; «зачислен с нового года» is a status only this step gives.
            db.Entry(pupil).Property(p => p.Status).CurrentValue = PupilStatus.Admitted;
            await db.SaveChangesAsync(ct);
            db.PupilMoves.Add(new PupilMove(plan.Id, plan.SchoolId, pupil.Id, PupilMoveKind.Enroll, form.TargetClassId));
            return null;
        }, ct);

    /// <summary>Cancels the enrolment of a pupil enrolled from the new year: the card and the move are deleted.</summary>
    public Task<WizardResult> CancelEnrollmentAsync(int planId, int pupilId, CancellationToken ct = default) =>
        editor.EditAsync(planId, RolloverStep.Movement, async (db, plan) =>
        {
            var pupil = await db.Pupils.SingleOrDefaultAsync(p => p.Id == pupilId && p.SchoolId == plan.SchoolId && p.Status == PupilStatus.Admitted, ct);
            if (pupil is null)
                return "Зачисленный с нового года ученик не найден.";
            await db.PupilMoves.Where(m => m.PlanId == plan.Id && m.PupilId == pupilId).ExecuteDeleteAsync(ct);
            db.Pupils.Remove(pupil);
            return null;
        }, ct);
}
