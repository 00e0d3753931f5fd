using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>
/// Отчет о посещаемости: for one class or every class of the school and a range of dates, per pupil the lessons held during
/// their stay in the class, the lessons missed (н, б, уп separately), the late arrivals (оп) and the share missed; totals per class.
/// </summary>
public sealed class AttendanceReport(PortalDb portalDb, TimeProvider clock)
{
    public const int MaxDays = 366;
    public const string AllClasses = "все классы";

    /// <param name="classId">Null for every class of the school whose academic year overlaps the range.</param>
    public async Task<AttendanceReportData> BuildAsync(int? classId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var user = ReportAccess.Ensure(await portalDb.UserAsync());
        if (to < from)
            throw new DomainException("Дата начала позже даты окончания: проверьте период.", "from");
        if (to.DayNumber - from.DayNumber >= MaxDays)
            throw new DomainException("Период отчета — не длиннее учебного года (366 дней).", "to");
        var today = CardCalendar.Today(clock);
        await using var db = await portalDb.OpenAsync();
        var classes = (await db.Classes.AsNoTracking()
                .Where(c => classId == null
                    ? c.SchoolId == user.SchoolId && db.AcademicYears.Any(y => y.Id == c.AcademicYearId && y.StartsOn <= to && from <= y.EndsOn)
                    : c.Id == classId)
                .ToListAsync(ct))
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter, StringComparer.Ordinal).ToList();
        if (classId is not null && classes.Count == 0)
            throw new DomainException("Класс не найден: его нет или он относится к другой школе.", "class");
        var school = await db.Schools.Where(s => s.Id == user.SchoolId).Select(s => s.ShortName).SingleAsync(ct);
        var classIds = classes.Select(c => c.Id).ToList();
        var until = to < today ? to : today;

        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => classIds.Contains(l.ClassId) && l.Date >= from && l.Date <= until)
            .Select(l => new { l.Id, l.ClassId, l.SubjectId, l.Date, l.Group })
            .ToListAsync(ct);
        var codes = await db.JournalCells.AsNoTracking()
            .Where(c => c.Attendance != null
                && db.Lessons.Any(l => l.Id == c.LessonId && classIds.Contains(l.ClassId) && l.Date >= from && l.Date <= until))
            .Select(c => new { c.LessonId, c.PupilId, Code = c.Attendance!.Value })
            .ToListAsync(ct);
        var codeOf = codes.ToDictionary(c => (c.LessonId, c.PupilId), c => c.Code);
        var groups = await db.GroupMembers.AsNoTracking().Where(g => classIds.Contains(g.ClassId))
            .Select(g => new { g.ClassId, g.SubjectId, g.PupilId, g.Group })
            .ToListAsync(ct);
        var groupOf = groups.ToDictionary(g => (g.ClassId, g.SubjectId, g.PupilId), g => g.Group);
        var stays = await ClassStays.LoadAsync(db, classIds, from, to, ct);

        var blocks = classes.Select(c =>
        {
            var own = lessons.Where(l => l.ClassId == c.Id).ToList();
            var pupils = stays.Where(s => s.ClassId == c.Id).Select(stay =>
            {
                var counts = default(AttendanceCounts);
                foreach (var l in own)
                {
                    var coded = codeOf.TryGetValue((l.Id, stay.PupilId), out var code);
                    // A group lesson is held for its group; a code in a cell always counts, whatever the history says.
                    var held = coded || (stay.Covers(l.Date)
                        && (l.Group is null || groupOf.GetValueOrDefault((c.Id, l.SubjectId, stay.PupilId)) == l.Group));
                    if (!held)
                        continue;
                    counts = counts with { Lessons = counts.Lessons + 1 };
                    if (coded)
                        counts = counts.With(code);
                }
                return new AttendancePupil(stay.PupilId, stay.Name.Full, stay.Note(from, to), stay.HasLeftBy(to), counts);
            }).ToList();
            return new AttendanceClass(c.Id, c.Name, pupils);
        }).ToList();

        return new AttendanceReportData(school, classId is null ? AllClasses : classes[0].Name, from, to, until, today, blocks);
    }

    public async Task<ReportFile> ExportAsync(int? classId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var data = await BuildAsync(classId, from, to, ct);
        return new ReportFile(data.FileName, ReportWorkbook.Attendance(data));
    }
}
