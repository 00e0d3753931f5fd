using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using F = SchoolPortal.Features.Schedule.SubstitutionForm;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// Расписание → Замены в расписании. The school's administrator adds and deletes substitutions; teachers see the list.
/// One substitution per lesson (a unique index backs the check).
/// </summary>
public sealed class SubstitutionService(PortalDb portalDb, TimeProvider clock)
{
    public async Task<SubstitutionOptions> OptionsAsync(CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var today = CardCalendar.Today(clock);
        return new SubstitutionOptions(ScheduleCalendar.MonthsOfYear(today), ScheduleCalendar.MonthOf(today), today,
            await SchoolYear.TeachersAsync(db, schoolId, ct), await SchoolYear.SubjectsAsync(db, schoolId, ct), ScheduleAccess.CanEdit(user));
    }

    public async Task<IReadOnlyList<SubstitutionRow>> ListAsync(SubstitutionFilter filter, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var (from, to) = filter.Day is { } day ? (day, day) : (ScheduleCalendar.MonthOf(filter.Month), ScheduleCalendar.MonthOf(filter.Month).AddMonths(1).AddDays(-1));
        var query = db.Substitutions.AsNoTracking().Where(s => s.SchoolId == schoolId && s.Date >= from && s.Date <= to);
        if (filter.TeacherId is { } teacherId)
            query = query.Where(s => s.AbsentTeacherId == teacherId || s.SubstituteTeacherId == teacherId);
        var rows = await query
            .Join(db.Lessons, s => s.LessonId, l => l.Id, (s, l) => new { Substitution = s, LessonSubjectId = l.SubjectId })
            .Where(x => filter.SubjectId == null || x.LessonSubjectId == filter.SubjectId || x.Substitution.SubjectId == filter.SubjectId)
            .ToListAsync(ct);
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        return rows
            .Select(x => new SubstitutionRow(x.Substitution.Id, x.Substitution.Date, x.Substitution.LessonNumber, names.Class(x.Substitution.ClassId),
                names.Subject(x.LessonSubjectId), x.Substitution.SubjectId is { } other ? names.Subject(other) : null,
                names.Teacher(x.Substitution.AbsentTeacherId), names.Teacher(x.Substitution.SubstituteTeacherId), x.Substitution.Comment))
            .OrderBy(r => r.Date).ThenBy(r => r.LessonNumber).ThenBy(r => r.ClassName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The lessons of a date, to choose the one to substitute.</summary>
    public async Task<IReadOnlyList<LessonChoice>> LessonsOnAsync(DateOnly date, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var lessons = await db.Lessons.AsNoTracking().Where(l => l.SchoolId == schoolId && l.Date == date)
            .Select(l => new { l.Id, l.Number, l.ClassId, l.SubjectId, l.TeacherId, l.Group, Substituted = db.Substitutions.Any(s => s.LessonId == l.Id) })
            .ToListAsync(ct);
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        return lessons
            .Select(l => new LessonChoice(l.Id, l.Number, names.Class(l.ClassId) + (l.Group is { } g ? $" (группа {g})" : ""),
                names.Subject(l.SubjectId), l.TeacherId, names.Teacher(l.TeacherId), l.Substituted))
            .OrderBy(l => l.Number).ThenBy(l => l.ClassName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<CardSaveResult> AddAsync(SubstitutionForm form, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        var errors = new FieldErrors();
        if (form.Date is null)
            errors.Add(F.DateField, "Укажите дату замены.");
        if (form.LessonId is null)
            errors.Add(F.LessonField, form.Date is null ? "Сначала укажите дату, затем выберите урок." : "Выберите урок.");
        if (form.SubstituteTeacherId is null)
            errors.Add(F.SubstituteField, "Выберите заменяющего учителя.");
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);

        await using var db = await portalDb.OpenAsync();
        var lesson = await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == form.LessonId && l.SchoolId == schoolId, ct);
        if (lesson is null || lesson.Date != form.Date)
            return CardSaveResult.Refused(F.LessonField, "Урок не найден в этот день: выберите урок из списка.");
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        var substituteId = form.SubstituteTeacherId!.Value;
        if (!await db.Employees.AnyAsync(e => e.Id == substituteId && e.SchoolId == schoolId && e.DismissedOn == null, ct))
            errors.Add(F.SubstituteField, "Выберите заменяющего учителя из сотрудников школы.");
        if (form.OtherSubjectId is { } otherId && !names.Subjects.ContainsKey(otherId))
            errors.Add(F.SubjectField, "Выберите предмет из списка.");
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);

        if (await db.Substitutions.AsNoTracking().FirstOrDefaultAsync(s => s.LessonId == lesson.Id, ct) is { } existing)
            return CardSaveResult.Refused(F.LessonField, AlreadySubstituted(names.Teacher(existing.SubstituteTeacherId)));
        if (await BusyAsync(db, lesson, substituteId, names, ct) is { } busy)
            return CardSaveResult.Refused(F.SubstituteField, busy);

        var substitution = errors.TryAt(() => new Substitution(lesson, substituteId, form.OtherSubjectId, form.Comment), F.SubstituteField,
            field => field ?? F.SubstituteField);
        if (substitution is null)
            return CardSaveResult.Refused(errors);
        db.Substitutions.Add(substitution);
        return await ScheduleSave.OnceAsync(db, () => substitution.Id, ct, AlreadySubstituted("другой учитель"));
    }

    /// <summary>Deletes the chosen substitutions; the result's Id is how many were deleted.</summary>
    public async Task<CardSaveResult> DeleteAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        if (ids.Count == 0)
            return CardSaveResult.Refused("Отметьте замены, которые нужно удалить.");
        await using var db = await portalDb.OpenAsync();
        var found = await db.Substitutions.Where(s => ids.Contains(s.Id) && s.SchoolId == schoolId).ToListAsync(ct);
        if (found.Count == 0)
            return CardSaveResult.Refused("Замены не найдены: их уже удалили. Обновите список.");
        db.Substitutions.RemoveRange(found);
        return await ScheduleSave.OnceAsync(db, () => found.Count, ct);
    }

    private static string AlreadySubstituted(string substitute) =>
        $"На этот урок уже назначена замена (ведёт {substitute}): на урок — одна замена. Удалите её, чтобы назначить другую.";

    /// <summary>Why the substitute cannot take the lesson's slot: an own lesson that nobody else gives, or another substitution.</summary>
    private static async Task<string?> BusyAsync(Data.PortalDbContext db, Lesson lesson, int substituteId, SchoolNames names, CancellationToken ct)
    {
        var own = await db.Lessons.AsNoTracking()
            .Where(l => l.TeacherId == substituteId && l.Date == lesson.Date && l.Number == lesson.Number && l.Id != lesson.Id
                        && !db.Substitutions.Any(s => s.LessonId == l.Id))
            .Select(l => new { l.ClassId, l.SubjectId })
            .FirstOrDefaultAsync(ct);
        if (own is not null)
            return $"Учитель {names.Teacher(substituteId)} в это время ведёт свой урок: «{names.Subject(own.SubjectId)}» в {names.Class(own.ClassId)}.";
        var other = await db.Substitutions.AsNoTracking()
            .Where(s => s.SubstituteTeacherId == substituteId && s.Date == lesson.Date && s.LessonNumber == lesson.Number)
            .Select(s => new { s.ClassId })
            .FirstOrDefaultAsync(ct);
        return other is null ? null : $"Учитель {names.Teacher(substituteId)} в это время уже заменяет урок в {names.Class(other.ClassId)}.";
    }
}
