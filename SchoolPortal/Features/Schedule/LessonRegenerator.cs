using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// The one code path that brings a class's lessons of a study period in line with its timetable, from today on: plan the
/// lessons around the holidays of the class's holiday set (<see cref="LessonGenerator"/>), compare them with the lessons
/// there are (<see cref="TimetableChange"/>), and apply the difference set-based. Lessons carrying records are kept.
/// </summary>
internal static class LessonRegenerator
{
    // SQL Server takes at most 2,100 parameters in one command.
    private const int Chunk = 500;

    /// <summary>Runs inside the caller's transaction, so a timetable change and its lessons are saved together.</summary>
    public static async Task<LessonRegeneration> RunAsync(PortalDbContext db, int schoolId, int classId, StudyPeriod period, DateOnly today,
        SchoolNames names, CancellationToken ct)
    {
        var holidaySetId = await db.Classes.Where(c => c.Id == classId).Select(c => c.HolidayPeriodId).SingleAsync(ct);
        var holidays = holidaySetId is { } setId
            ? await db.HolidayPeriods.AsNoTracking().SingleOrDefaultAsync(h => h.Id == setId, ct)
            : null;
        var entries = await db.Timetable.AsNoTracking().Where(e => e.ClassId == classId && e.StudyPeriodId == period.Id).ToListAsync(ct);
        var planned = LessonGenerator.Plan(period, entries, holidays, today).ToList();
        var existing = await ExistingAsync(db, classId, period.Id, today, ct);
        var change = TimetableChange.Compute(existing, planned, today);

        foreach (var ids in change.Delete.Chunk(Chunk))
            await db.Lessons.Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync(ct);
        var plans = change.Update.ToDictionary(u => u.LessonId, u => u.Plan);
        foreach (var ids in plans.Keys.Chunk(Chunk))
        {
            foreach (var lesson in await db.Lessons.Where(l => ids.Contains(l.Id)).ToListAsync(ct))
                lesson.Follow(plans[lesson.Id]);
        }
        db.Lessons.AddRange(change.Add.Select(plan => new Lesson(schoolId, plan)));
        await db.SaveChangesAsync(ct);

        var kept = change.Kept.OrderBy(l => l.Date).ThenBy(l => l.Number)
            .Select(l => new KeptLesson(l.Date, l.Number, names.Class(l.ClassId), names.Subject(l.SubjectId))).ToList();
        var from = today > period.StartsOn ? today : period.StartsOn;
        return new LessonRegeneration(from, change.Add.Count, change.Update.Count, change.Delete.Count, kept);
    }

    /// <summary>
    /// The class's lessons of the period from today on. A lesson has records when a journal cell of it holds marks or
    /// attendance, when it has homework, or when a substitution is arranged for it (moving it would orphan the substitution).
    /// </summary>
    private static async Task<IReadOnlyList<ExistingLesson>> ExistingAsync(PortalDbContext db, int classId, int periodId, DateOnly today,
        CancellationToken ct)
    {
        var empty = MarkList.Empty;
        return await db.Lessons.AsNoTracking()
            .Where(l => l.ClassId == classId && l.StudyPeriodId == periodId && l.Date >= today)
            .Select(l => new ExistingLesson(l.Id, l.ClassId, l.Date, l.Number, l.Group, l.SubjectId, l.TeacherId, l.Room, l.TimetableEntryId,
                l.Homework != null || l.HomeworkLink != null
                || db.JournalCells.Any(c => c.LessonId == l.Id && (c.Attendance != null || c.Marks != empty))
                || db.Substitutions.Any(s => s.LessonId == l.Id)))
            .ToListAsync(ct);
    }
}
