using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// Reads a <see cref="JournalSheet"/> in six set-based, untracked queries whatever its size (the class, the lessons with
/// their substitutions, the pupils' stays, the group, the cells, the final marks), then assembles it in memory.
/// </summary>
internal static class JournalSheetQuery
{
    /// <param name="today">The region's date: the cells of later lessons are read-only (<see cref="LessonRecords"/>), their topics and homework are not.</param>
    public static async Task<JournalSheet?> LoadAsync(PortalDbContext db, PortalUser user, int classId, int subjectId, int periodId, int? group,
        DateOnly today, CancellationToken ct)
    {
        var employeeId = user.EmployeeId;
        var head = await db.Classes.AsNoTracking()
            .Where(c => c.Id == classId)
            .Select(c => new
            {
                c.Grade,
                c.Letter,
                Subject = db.Subjects.Where(s => s.Id == subjectId && s.SchoolId == c.SchoolId).Select(s => new { s.Name, s.Grading }).FirstOrDefault(),
                Period = db.StudyPeriods.FirstOrDefault(p => p.Id == periodId && p.AcademicYearId == c.AcademicYearId),
                Teaches = db.Workloads.Any(w => w.ClassId == c.Id && w.SubjectId == subjectId && w.TeacherId == employeeId),
            })
            .SingleOrDefaultAsync(ct);
        if (head?.Subject is null || head.Period is not { } period)
            return null;

        var lessons = await (
                from l in db.Lessons.AsNoTracking()
                where l.ClassId == classId && l.SubjectId == subjectId && l.StudyPeriodId == periodId && l.Group == @group
                join s in db.Substitutions.AsNoTracking() on l.Id equals s.LessonId into subs
                from s in subs.DefaultIfEmpty()
                orderby l.Date, l.Number
                select new { Lesson = l, Substitution = s })
            .ToListAsync(ct);
        var (pupils, notice) = await ClassRoster.LoadAsync(db, classId, subjectId, group, period.StartsOn, period.EndsOn, ct);
        var cells = await (
                from c in db.JournalCells.AsNoTracking()
                join l in db.Lessons on c.LessonId equals l.Id
                where l.ClassId == classId && l.SubjectId == subjectId && l.StudyPeriodId == periodId && l.Group == @group
                select new { c.LessonId, c.PupilId, c.Marks, c.Attendance, c.Version })
            .ToDictionaryAsync(c => (c.PupilId, c.LessonId), ct);
        var finals = await db.FinalMarks.AsNoTracking()
            .Where(f => f.ClassId == classId && f.SubjectId == subjectId && f.StudyPeriodId == periodId)
            .Select(f => new { f.PupilId, f.Value, f.Version })
            .ToDictionaryAsync(f => f.PupilId, ct);

        var isAdmin = JournalAccess.IsAdmin(user);
        var closed = period.IsClosed ? JournalAccess.Closed(period.Name, isAdmin) : null;
        var grading = head.Subject.Grading;
        var columns = lessons.Select(x =>
        {
            var lesson = new JournalLesson
            {
                Id = x.Lesson.Id,
                Date = x.Lesson.Date,
                Number = x.Lesson.Number,
                IsSubstituted = x.Substitution is not null,
                ReadOnlyReason = closed ?? JournalRights.WhyNot(x.Lesson.TeacherId, x.Substitution, employeeId, isAdmin),
            };
            lesson.Describe(x.Lesson.Topic, x.Lesson.WorkType, x.Lesson.Homework, x.Lesson.HomeworkLink, x.Lesson.HomeworkDueOn);
            return lesson;
        }).ToList();
        var teaches = head.Teaches || lessons.Any(x => x.Lesson.TeacherId == employeeId || x.Substitution?.SubstituteTeacherId == employeeId);
        var finalsReason = closed ?? (isAdmin || teaches ? null : JournalAccess.FinalsNotYours);

        var rows = new List<JournalRow>(pupils.Count);
        foreach (var pupil in pupils)
        {
            var r = rows.Count;
            var leaving = pupil.Leaving;
            var arrived = pupil.Stays.Min(s => s.From);
            var withdrawn = leaving is { } l && l <= period.EndsOn;
            var row = new JournalRow
            {
                PupilId = pupil.PupilId,
                FullName = pupil.FullName,
                IsWithdrawn = withdrawn,
                Note = withdrawn ? $"выбыл(а) {JournalFormat.Date(leaving)}"
                    : arrived > period.StartsOn ? $"прибыл(а) {JournalFormat.Date(arrived)}"
                    : null,
            };
            row.Cells = new SheetCell[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var lesson = columns[c];
                var content = CellContent.Empty;
                var version = 0;
                if (cells.TryGetValue((pupil.PupilId, lesson.Id), out var stored))
                {
                    content = new CellContent(stored.Marks, stored.Attendance);
                    version = stored.Version;
                }
                var reason = lesson.ReadOnlyReason ?? LessonRecords.WhyNotYet(lesson.Date, today) ?? ClassStay.WhyNotOn(lesson.Date, pupil.Stays, pupil.LeftOn);
                row.Cells[c] = new SheetCell(lesson, grading, pupil.PupilId, r, c, content, version, reason);
            }
            var final = finals.GetValueOrDefault(pupil.PupilId);
            row.Final = new FinalCell(pupil.PupilId, periodId, grading, r, columns.Count, final?.Value, final?.Version ?? 0, finalsReason);
            rows.Add(row);
        }

        var sheet = new JournalSheet
        {
            ClassId = classId,
            ClassName = $"{head.Grade}{head.Letter}",
            SubjectId = subjectId,
            SubjectName = head.Subject.Name,
            Grading = grading,
            PeriodId = periodId,
            PeriodName = period.Name,
            PeriodStartsOn = period.StartsOn,
            PeriodEndsOn = period.EndsOn,
            Group = group,
            IsClosed = period.IsClosed,
            ClosedReason = closed,
            CanManagePeriod = isAdmin,
            GroupNotice = notice,
            FinalsReadOnlyReason = finalsReason,
            Lessons = columns,
            Rows = rows,
        };
        sheet.RecalculateAll();
        return sheet;
    }
}
