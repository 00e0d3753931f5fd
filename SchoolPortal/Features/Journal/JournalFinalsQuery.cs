using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// Reads the <see cref="JournalFinals"/> of a class × subject: the year's periods, the pupils who were in the class that
/// year (a group's members when it has any), their marks (for the weighted averages) and their final marks.
/// </summary>
internal static class JournalFinalsQuery
{
    public static async Task<JournalFinals?> LoadAsync(PortalDbContext db, PortalUser user, int classId, int subjectId, int? group, DateOnly today,
        CancellationToken ct)
    {
        var employeeId = user.EmployeeId;
        var head = await db.Classes.AsNoTracking()
            .Where(c => c.Id == classId)
            .Select(c => new
            {
                c.Grade,
                c.Letter,
                c.AcademicYearId,
                Year = db.AcademicYears.Where(y => y.Id == c.AcademicYearId).Select(y => new { y.StartYear, y.StartsOn, y.EndsOn, y.Status }).FirstOrDefault(),
                Subject = db.Subjects.Where(s => s.Id == subjectId && s.SchoolId == c.SchoolId).Select(s => new { s.Name, s.Grading }).FirstOrDefault(),
                Teaches = db.Workloads.Any(w => w.ClassId == c.Id && w.SubjectId == subjectId && w.TeacherId == employeeId)
                    || db.Lessons.Any(l => l.ClassId == c.Id && l.SubjectId == subjectId && l.TeacherId == employeeId),
            })
            .SingleOrDefaultAsync(ct);
        if (head?.Subject is null || head.Year is null)
            return null;
        var year = head.Year;

        var periods = await db.StudyPeriods.AsNoTracking().Where(p => p.AcademicYearId == head.AcademicYearId).OrderBy(p => p.Number).ToListAsync(ct);
        var (pupils, notice) = await ClassRoster.LoadAsync(db, classId, subjectId, group, year.StartsOn, year.EndsOn, ct);
        // A pupil's marks wherever they were given (whole class or their group): the averages are the pupil's own.
        var marks = await (
                from c in db.JournalCells.AsNoTracking()
                join l in db.Lessons on c.LessonId equals l.Id
                where l.ClassId == classId && l.SubjectId == subjectId
                select new { c.PupilId, l.StudyPeriodId, c.Marks })
            .ToListAsync(ct);
        var finals = await db.FinalMarks.AsNoTracking()
            .Where(f => f.ClassId == classId && f.SubjectId == subjectId)
            .Select(f => new { f.PupilId, f.StudyPeriodId, f.Value, f.Version })
            .ToListAsync(ct);

        var isAdmin = JournalAccess.IsAdmin(user);
        var rights = isAdmin || head.Teaches ? null : JournalAccess.FinalsNotYours;
        var grading = head.Subject.Grading;
        var columns = periods.Select(p => new FinalsPeriod(p.Id, p.Name, p.IsClosed)).Append(new FinalsPeriod(null, "Год", year.Status == AcademicYearStatus.Closed)).ToList();
        var ranges = periods.Select(p => (From: p.StartsOn, To: p.EndsOn)).Append((From: year.StartsOn, To: year.EndsOn)).ToList();
        var marksOf = marks.ToLookup(m => m.PupilId);
        var finalOf = finals.ToDictionary(f => (f.PupilId, f.StudyPeriodId));

        var rows = new List<FinalsRow>(pupils.Count);
        foreach (var pupil in pupils)
        {
            var r = rows.Count;
            var leaving = pupil.Leaving;
            var withdrawn = leaving is { } l && l <= year.EndsOn;
            var row = new FinalsRow
            {
                PupilId = pupil.PupilId,
                FullName = pupil.FullName,
                IsWithdrawn = withdrawn,
                Note = withdrawn ? $"выбыл(а) {JournalFormat.Date(leaving)}" : null,
            };
            var own = marksOf[pupil.PupilId].ToList();
            row.Cells = new FinalCell[columns.Count];
            row.Averages = new decimal?[columns.Count];
            row.Suggested = new string?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var given = own.Where(m => column.Id is null || m.StudyPeriodId == column.Id).SelectMany(m => m.Marks.Items).ToList();
                row.Averages[c] = Averages.Weighted(given);
                row.Suggested[c] = grading == GradingScale.PassFail
                    ? Averages.SuggestPassFail(given)?.ToString()
                    : Averages.Suggest(row.Averages[c])?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var stayed = pupil.Stays.Any(s => s.From <= ranges[c].To && (s.To is null || s.To >= ranges[c].From));
                var reason = column.IsClosed
                    ? column.Id is null ? "Учебный год закрыт: итоговые отметки изменить нельзя." : JournalAccess.Closed(column.Name, isAdmin)
                    : rights ?? (stayed ? null : "Ученик не учился в классе в этом периоде.");
                var final = finalOf.GetValueOrDefault((pupil.PupilId, column.Id));
                row.Cells[c] = new FinalCell(pupil.PupilId, column.Id, grading, r, c, final?.Value, final?.Version ?? 0, reason);
            }
            rows.Add(row);
        }

        var current = periods.FirstOrDefault(p => p.Contains(today)) ?? periods.LastOrDefault(p => p.StartsOn <= today) ?? periods.FirstOrDefault();
        return new JournalFinals
        {
            ClassId = classId,
            ClassName = $"{head.Grade}{head.Letter}",
            SubjectId = subjectId,
            SubjectName = head.Subject.Name,
            Grading = grading,
            YearName = $"{year.StartYear}/{year.StartYear + 1}",
            Group = group,
            CurrentPeriodId = current?.Id,
            GroupNotice = notice,
            Periods = columns,
            Rows = rows,
        };
    }
}
