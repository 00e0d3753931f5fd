using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using F = SchoolPortal.Features.Schedule.TimetableEntryForm;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// Планирование → Расписание уроков: the weekly timetable of a class for a study period. Every change regenerates that
/// period's lessons from today on (<see cref="LessonRegenerator"/>) in the same transaction, and says what it did.
/// </summary>
public sealed class TimetableService(PortalDb portalDb, TimeProvider clock)
{
    public async Task<TimetableOptions> OptionsAsync(CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var today = CardCalendar.Today(clock);
        var year = await SchoolYear.CurrentAsync(db, schoolId, today, ct);
        var current = year?.Periods.FirstOrDefault(p => p.Contains(today))
                      ?? year?.Periods.Where(p => p.StartsOn > today).OrderBy(p => p.StartsOn).FirstOrDefault()
                      ?? year?.Periods.OrderByDescending(p => p.StartsOn).FirstOrDefault();
        return new TimetableOptions(year?.Name ?? "", await SchoolYear.ClassesAsync(db, schoolId, year?.Id, ct), SchoolYear.Periods(year),
            current?.Id, await SchoolYear.SubjectsAsync(db, schoolId, ct), await SchoolYear.TeachersAsync(db, schoolId, ct),
            await BellService.LoadAsync(db, schoolId, ct), ScheduleAccess.CanEdit(user), user.EmployeeId, today);
    }

    public async Task<IReadOnlyList<TimetableRow>> EntriesAsync(int classId, int periodId, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var entries = await db.Timetable.AsNoTracking()
            .Where(e => e.SchoolId == schoolId && e.ClassId == classId && e.StudyPeriodId == periodId).ToListAsync(ct);
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        return entries.OrderBy(e => e.Weekday).ThenBy(e => e.LessonNumber).ThenBy(e => e.Group)
            .Select(e => new TimetableRow(e.Id, e.Weekday, e.LessonNumber, e.SubjectId, names.Subject(e.SubjectId), e.TeacherId,
                names.Teacher(e.TeacherId), e.Room, e.Group))
            .ToList();
    }

    /// <summary>Adds or changes a line; refuses a taken slot of the class and a teacher booked elsewhere at that time.</summary>
    public async Task<TimetableSaveResult> SaveEntryAsync(TimetableEntryForm form, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return TimetableSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        TimetableEntry? entry = null;
        if (!form.IsNew)
        {
            entry = await db.Timetable.SingleOrDefaultAsync(e => e.Id == form.Id && e.SchoolId == schoolId, ct);
            if (entry is null)
                return TimetableSaveResult.Refused("Урок расписания не найден: его удалили. Обновите страницу.");
            form.ClassId = entry.ClassId;
            form.StudyPeriodId = entry.StudyPeriodId;
        }
        var (period, refusal) = await PeriodOfClassAsync(db, schoolId, form.ClassId, form.StudyPeriodId, ct);
        if (period is null)
            return TimetableSaveResult.Refused(refusal!);

        var errors = new FieldErrors();
        if (form.Weekday is null)
            errors.Add(F.WeekdayField, "Выберите день недели.");
        if (form.LessonNumber is null)
            errors.Add(F.LessonNumberField, "Укажите номер урока.");
        if (form.SubjectId is not { } subjectId || !await db.Subjects.AnyAsync(s => s.Id == subjectId && s.SchoolId == schoolId, ct))
            errors.Add(F.SubjectField, "Выберите предмет.");
        if (form.TeacherId is not { } teacherId
            || !await db.Employees.AnyAsync(e => e.Id == teacherId && e.SchoolId == schoolId && e.DismissedOn == null, ct))
            errors.Add(F.TeacherField, "Выберите учителя из сотрудников школы.");
        if (!errors.IsEmpty)
            return TimetableSaveResult.Refused(CardSaveResult.Refused(errors));

        var (weekday, number) = (form.Weekday!.Value, form.LessonNumber!.Value);
        if (entry is null)
        {
            entry = errors.TryAt(() => new TimetableEntry(schoolId, form.ClassId, period.Id, weekday, number, form.SubjectId!.Value,
                form.TeacherId!.Value, form.Room, form.Group), F.SubjectField, field => field ?? F.SubjectField);
            if (entry is not null)
                db.Timetable.Add(entry);
        }
        else
            errors.TryAt(() => entry.Change(weekday, number, form.SubjectId!.Value, form.TeacherId!.Value, form.Room, form.Group),
                F.SubjectField, field => field ?? F.SubjectField);
        if (!errors.IsEmpty || entry is null)
            return TimetableSaveResult.Refused(CardSaveResult.Refused(errors));

        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        if (await ClashAsync(db, entry, names, ct) is { } clash)
            return TimetableSaveResult.Refused(CardSaveResult.Refused(clash.Field, clash.Message));
        return await SaveAndRegenerateAsync(db, schoolId, form.ClassId, period, names, () => entry.Id, ct);
    }

    public async Task<TimetableSaveResult> DeleteEntryAsync(int id, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return TimetableSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var entry = await db.Timetable.SingleOrDefaultAsync(e => e.Id == id && e.SchoolId == schoolId, ct);
        if (entry is null)
            return TimetableSaveResult.Refused("Урок расписания не найден: его уже удалили.");
        var (period, refusal) = await PeriodOfClassAsync(db, schoolId, entry.ClassId, entry.StudyPeriodId, ct);
        if (period is null)
            return TimetableSaveResult.Refused(refusal!);
        db.Timetable.Remove(entry);
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        return await SaveAndRegenerateAsync(db, schoolId, entry.ClassId, period, names, () => id, ct);
    }

    /// <summary>
    /// «Сформировать уроки»: brings the lessons of the period in line with the timetable, for one class or (null) for every
    /// class that has a timetable or lessons in the period. The same code path as a timetable change.
    /// </summary>
    public async Task<TimetableSaveResult> GenerateLessonsAsync(int periodId, int? classId, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return TimetableSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var classIds = classId is { } one
            ? [one]
            : (await db.Timetable.Where(e => e.SchoolId == schoolId && e.StudyPeriodId == periodId).Select(e => e.ClassId)
                .Union(db.Lessons.Where(l => l.SchoolId == schoolId && l.StudyPeriodId == periodId).Select(l => l.ClassId))
                .ToListAsync(ct)).Distinct().ToList();
        if (classIds.Count == 0)
            return TimetableSaveResult.Refused("В этом периоде ни у одного класса нет расписания: сначала составьте расписание.");
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        LessonRegeneration? total = null;
        foreach (var id in classIds.OrderBy(names.Class, StringComparer.Ordinal))
        {
            var (period, refusal) = await PeriodOfClassAsync(db, schoolId, id, periodId, ct);
            if (period is null)
                return new TimetableSaveResult(CardSaveResult.Refused(refusal!), total);
            var result = await SaveAndRegenerateAsync(db, schoolId, id, period, names, () => periodId, ct);
            if (!result.Succeeded)
                return result with { Lessons = total };
            total = total is null ? result.Lessons : total.Plus(result.Lessons!);
        }
        return new TimetableSaveResult(CardSaveResult.Saved(periodId), total);
    }

    private async Task<TimetableSaveResult> SaveAndRegenerateAsync(PortalDbContext db, int schoolId, int classId, StudyPeriod period,
        SchoolNames names, Func<int> id, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            var lessons = await LessonRegenerator.RunAsync(db, schoolId, classId, period, CardCalendar.Today(clock), names, ct);
            await transaction.CommitAsync(ct);
            return new TimetableSaveResult(CardSaveResult.Saved(id()), lessons);
        }
        catch (AccessDeniedException e)
        {
            return TimetableSaveResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            return TimetableSaveResult.Refused(ScheduleSave.RefusedByDatabase);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The period, when the class is the school's, the period belongs to the class's year and is not closed.</summary>
    private static async Task<(StudyPeriod? Period, string? Refusal)> PeriodOfClassAsync(PortalDbContext db, int schoolId, int classId,
        int periodId, CancellationToken ct)
    {
        var schoolClass = await db.Classes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == classId && c.SchoolId == schoolId, ct);
        if (schoolClass is null)
            return (null, "Класс не найден: выберите класс своей школы.");
        var period = await db.StudyPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null || period.AcademicYearId != schoolClass.AcademicYearId)
            return (null, "Учебный период не найден в учебном году класса: выберите период.");
        if (period.IsClosed)
            return (null, $"Период «{period.Name}» закрыт: расписание и уроки в нём не меняются. Открыть период может администратор школы.");
        return (period, null);
    }

    private static async Task<(string Field, string Message)?> ClashAsync(PortalDbContext db, TimetableEntry entry, SchoolNames names,
        CancellationToken ct)
    {
        var sameTime = await db.Timetable.AsNoTracking()
            .Where(e => e.StudyPeriodId == entry.StudyPeriodId && e.Weekday == entry.Weekday && e.LessonNumber == entry.LessonNumber
                        && e.Id != entry.Id && (e.ClassId == entry.ClassId || e.TeacherId == entry.TeacherId))
            .ToListAsync(ct);
        var when = $"{ScheduleCalendar.OnWeekday(entry.Weekday)} на {entry.LessonNumber}-м уроке";
        if (sameTime.FirstOrDefault(entry.ClashesWith) is { } taken)
            return (F.LessonNumberField,
                $"У {names.Class(taken.ClassId)} {when} уже стоит «{names.Subject(taken.SubjectId)}»{GroupText(taken.Group)}. " +
                "Выберите другое время или измените тот урок.");
        if (sameTime.FirstOrDefault(entry.DoubleBooksTeacherWith) is { } busy)
            return (F.TeacherField,
                $"Учитель {names.Teacher(busy.TeacherId)} {when} уже ведёт «{names.Subject(busy.SubjectId)}» в {names.Class(busy.ClassId)}{GroupText(busy.Group)}.");
        return null;
    }

    private static string GroupText(int? group) => group is { } g ? $" (группа {g})" : "";
}
