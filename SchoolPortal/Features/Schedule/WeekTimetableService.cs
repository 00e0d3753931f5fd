using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// The week of a class or a teacher as it really is: the generated lessons with their substitutions marked «замена». A
/// teacher's week holds the teacher's own lessons (those given away to a substitute are shown as such) and the lessons
/// the teacher substitutes in.
/// </summary>
public sealed class WeekTimetableService(PortalDb portalDb)
{
    public async Task<WeekTimetable> TeacherWeekAsync(int teacherId, DateOnly weekStart, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        var (from, to) = Week(weekStart);
        await using var db = await portalDb.OpenAsync();
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        var substitutedIn = db.Substitutions.Where(s => s.SubstituteTeacherId == teacherId && s.Date >= from && s.Date <= to).Select(s => s.LessonId);
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.SchoolId == schoolId && l.Date >= from && l.Date <= to && (l.TeacherId == teacherId || substitutedIn.Contains(l.Id)))
            .ToListAsync(ct);
        return await BuildAsync(db, schoolId, $"Неделя учителя {names.Teacher(teacherId)}", from, lessons, names, ct);
    }

    public async Task<WeekTimetable> ClassWeekAsync(int classId, DateOnly weekStart, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        var (from, to) = Week(weekStart);
        await using var db = await portalDb.OpenAsync();
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.SchoolId == schoolId && l.ClassId == classId && l.Date >= from && l.Date <= to)
            .ToListAsync(ct);
        return await BuildAsync(db, schoolId, $"Неделя класса {names.Class(classId)}", from, lessons, names, ct);
    }

    private static (DateOnly From, DateOnly To) Week(DateOnly weekStart)
    {
        var monday = ScheduleCalendar.WeekStart(weekStart);
        return (monday, monday.AddDays(6));
    }

    private static async Task<WeekTimetable> BuildAsync(PortalDbContext db, int schoolId, string title, DateOnly monday,
        IReadOnlyList<Lesson> lessons, SchoolNames names, CancellationToken ct)
    {
        var ids = lessons.Select(l => l.Id).ToList();
        var substitutions = await db.Substitutions.AsNoTracking().Where(s => ids.Contains(s.LessonId)).ToDictionaryAsync(s => s.LessonId, ct);
        var bells = await BellService.LoadAsync(db, schoolId, ct);
        var rows = lessons.OrderBy(l => l.Date).ThenBy(l => l.Number).ThenBy(l => l.Group)
            .Select(l => new WeekLesson(l.Id, l.Date, l.Number, l.ClassId, names.Class(l.ClassId), l.Group, l.SubjectId, names.Subject(l.SubjectId),
                l.TeacherId, names.Teacher(l.TeacherId), l.Room,
                substitutions.TryGetValue(l.Id, out var s)
                    ? new WeekSubstitution(s.Id, s.SubstituteTeacherId, names.Teacher(s.SubstituteTeacherId), s.AbsentTeacherId,
                        names.Teacher(s.AbsentTeacherId), s.SubjectId is { } other ? names.Subject(other) : null, s.Comment)
                    : null))
            .ToList();
        return new WeekTimetable(title, monday, bells, rows);
    }
}
