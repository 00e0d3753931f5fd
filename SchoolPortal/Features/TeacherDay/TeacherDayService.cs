using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Journal;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.TeacherDay;

/// <summary>
/// The signed-in teacher's day: their own lessons, the lessons they substitute (with a link into the journal column), their
/// own lessons given by a substitute (listed, marked, without a link: the journal is the substitute's), and the year events
/// that concern their classes.
/// </summary>
public sealed class TeacherDayService(PortalDb portalDb, TimeProvider clock)
{
    private const string UnknownTeacher = "другой учитель";

    public Task<TeacherDaySchedule> TodayAsync(CancellationToken ct = default) => DayAsync(CardCalendar.Today(clock), ct);

    public async Task<TeacherDaySchedule> DayAsync(DateOnly date, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (user.EmployeeId is not { } me)
            return new TeacherDaySchedule(date, [], [], TeacherDaySchedule.NotLinked);
        await using var db = await portalDb.OpenAsync();

        var own = await db.Lessons.AsNoTracking().Where(l => l.Date == date && l.TeacherId == me).ToListAsync(ct);
        var ownIds = own.Select(l => l.Id).ToList();
        var substitutions = await db.Substitutions.AsNoTracking()
            .Where(s => (s.Date == date && s.SubstituteTeacherId == me) || ownIds.Contains(s.LessonId))
            .ToListAsync(ct);
        var bySubstitute = substitutions.Where(s => s.SubstituteTeacherId == me && !ownIds.Contains(s.LessonId)).Select(s => s.LessonId).ToList();
        var covering = bySubstitute.Count == 0
            ? []
            : await db.Lessons.AsNoTracking().Where(l => bySubstitute.Contains(l.Id) && l.Date == date).ToListAsync(ct);
        var lessons = own.Concat(covering).ToList();
        var substitutionOf = substitutions.ToDictionary(s => s.LessonId);

        var teacherIds = substitutions.SelectMany(s => new[] { s.AbsentTeacherId, s.SubstituteTeacherId }).Where(id => id != me).Distinct().ToList();
        var teachers = await db.Employees.AsNoTracking().Where(e => teacherIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name.Full, ct);
        var subjectIds = lessons.Select(l => l.SubjectId).Concat(substitutions.Where(s => s.SubjectId != null).Select(s => s.SubjectId!.Value))
            .Distinct().ToList();
        var subjects = await db.Subjects.AsNoTracking().Where(s => subjectIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var schoolIds = lessons.Select(l => l.SchoolId).Distinct().ToList();
        var bells = await db.Bells.AsNoTracking().Where(b => schoolIds.Contains(b.SchoolId)).ToListAsync(ct);

        // The teacher's classes: today's lessons, the workload and the homeroom class of the year that contains the day.
        var lessonClassIds = lessons.Select(l => l.ClassId).Distinct().ToList();
        var workloadClassIds = (await db.Workloads.AsNoTracking().Where(w => w.TeacherId == me).Select(w => w.ClassId).ToListAsync(ct)).ToHashSet();
        var classes = await db.Classes.AsNoTracking()
            .Where(c => lessonClassIds.Contains(c.Id) || db.AcademicYears.Any(y => y.Id == c.AcademicYearId && y.StartsOn <= date && date <= y.EndsOn))
            .Select(c => new { c.Id, c.Grade, c.Letter, c.HomeroomTeacherId })
            .ToListAsync(ct);
        var classNames = classes.ToDictionary(c => c.Id, c => $"{c.Grade}{c.Letter}");
        var mine = classes.Where(c => lessonClassIds.Contains(c.Id) || workloadClassIds.Contains(c.Id) || c.HomeroomTeacherId == me).ToList();

        var items = lessons
            .Select(l =>
            {
                substitutionOf.TryGetValue(l.Id, out var s);
                var kind = s is null ? TodayLessonKind.Own
                    : s.SubstituteTeacherId == me ? TodayLessonKind.Substituting
                    : TodayLessonKind.SubstitutedAway;
                var bell = bells.FirstOrDefault(b => b.SchoolId == l.SchoolId && b.Number == l.Number);
                var subjectId = kind == TodayLessonKind.Substituting && s!.SubjectId is { } other ? other : l.SubjectId;
                var otherTeacher = kind switch
                {
                    TodayLessonKind.Substituting => teachers.GetValueOrDefault(s!.AbsentTeacherId, UnknownTeacher),
                    TodayLessonKind.SubstitutedAway => teachers.GetValueOrDefault(s!.SubstituteTeacherId, UnknownTeacher),
                    _ => null,
                };
                // The lesson stays a column of its own subject's journal, even when the substitute teaches another subject.
                var link = kind == TodayLessonKind.SubstitutedAway ? null : "/" + JournalLinks.Sheet(l.ClassId, l.SubjectId, l.StudyPeriodId, l.Group, l.Id);
                return new TodayLesson(l.Id, l.Number, bell?.Text, l.ClassId, classNames.GetValueOrDefault(l.ClassId, "?"),
                    subjects.GetValueOrDefault(subjectId, "?"), l.Room, l.Group, l.Topic is not null, l.HasHomework, kind, otherTeacher, link);
            })
            .OrderBy(i => i.Number).ThenBy(i => i.ClassName, StringComparer.Ordinal).ThenBy(i => i.Group)
            .ToList();

        var events = await db.YearEvents.AsNoTracking().Where(e => e.Date == date).ToListAsync(ct);
        var today = events
            .Where(e => e.Audience == EventAudience.WholeSchool || mine.Any(c => e.Concerns(c.Id, c.Grade)))
            .OrderBy(e => e.StartsAt ?? TimeOnly.MinValue).ThenBy(e => e.Title, StringComparer.Ordinal)
            .Select(e => new TodayEvent(e.Id, e.Title, YearEventKindNames.Russian(e.Kind), e.StartsAt, YearEventKindNames.AudienceText(e, classNames), e.Description))
            .ToList();
        return new TeacherDaySchedule(date, items, today);
    }
}
