using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// Reads a <see cref="JournalSheet"/> in six set-based, untracked queries whatever its size (the class, the lessons with
/// their substitutions, the pupils' stays, the group, the cells, the final marks), then assembles it in memory.
/// </summary>
internal static class JournalSheetQuery
{
    public static async Task<JournalSheet?> LoadAsync(PortalDbContext db, PortalUser user, int classId, int subjectId, int periodId, int? group,
        CancellationToken ct)
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
        var stays = await (
                from m in db.ClassMemberships.AsNoTracking()
                where m.SchoolClassId == classId && m.From <= period.EndsOn && (m.To == null || m.To >= period.StartsOn)
                join p in db.Pupils.AsNoTracking() on m.PupilId equals p.Id
                select new { p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.LeftOn, m.From, m.To })
            .ToListAsync(ct);
        var members = group is null
            ? []
            : await db.GroupMembers.AsNoTracking()
                .Where(g => g.ClassId == classId && g.SubjectId == subjectId && g.Group == group)
                .Select(g => g.PupilId)
                .ToListAsync(ct);
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

        var pupils = stays.GroupBy(s => s.Id).Select(g => new
        {
            PupilId = g.Key,
            Name = (g.First().Surname, g.First().FirstName, g.First().Patronymic),
            g.First().LeftOn,
            Stays = g.Select(s => new ClassStay(s.From, s.To)).ToList(),
        }).ToList();
        string? notice = null;
        if (group is not null)
        {
            if (members.Count == 0)
                notice = $"Состав группы {group} не задан: показаны все ученики класса.";
            else
                pupils = pupils.Where(p => members.Contains(p.PupilId)).ToList();
        }
        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);
        pupils = pupils.OrderBy(p => p.Name.Surname, byName).ThenBy(p => p.Name.FirstName, byName).ThenBy(p => p.Name.Patronymic ?? "", byName).ToList();

        var rows = new List<JournalRow>(pupils.Count);
        foreach (var pupil in pupils)
        {
            var r = rows.Count;
            var leaving = Leaving(pupil.Stays, pupil.LeftOn);
            var arrived = pupil.Stays.Min(s => s.From);
            var withdrawn = leaving is { } l && l <= period.EndsOn;
            var row = new JournalRow
            {
                PupilId = pupil.PupilId,
                FullName = string.Join(' ', new[] { pupil.Name.Surname, pupil.Name.FirstName, pupil.Name.Patronymic }.Where(s => s is not null)),
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
                var reason = lesson.ReadOnlyReason ?? ClassStay.WhyNotOn(lesson.Date, pupil.Stays, pupil.LeftOn);
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

    /// <summary>The last day in the class: the leaving date, or the end of the last stay when every stay has ended.</summary>
    internal static DateOnly? Leaving(IReadOnlyCollection<ClassStay> stays, DateOnly? leftOn) =>
        leftOn ?? (stays.All(s => s.To is not null) ? stays.Max(s => s.To) : null);
}
