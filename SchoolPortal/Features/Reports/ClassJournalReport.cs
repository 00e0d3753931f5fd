using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>
/// Отчет по классному журналу: for a class × subject × study period, the pupils (alphabetical, leavers marked) with their
/// marks and attendance per lesson, the weighted average and the final mark, and the lessons with topic, work type and homework.
/// </summary>
public sealed class ClassJournalReport(PortalDb portalDb, TimeProvider clock)
{
    public async Task<JournalReportData> BuildAsync(int classId, int subjectId, int studyPeriodId, CancellationToken ct = default)
    {
        ReportAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var schoolClass = await db.Classes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == classId, ct)
            ?? throw new DomainException("Класс не найден: его нет или он относится к другой школе.", "class");
        var subject = await db.Subjects.AsNoTracking().SingleOrDefaultAsync(s => s.Id == subjectId, ct)
            ?? throw new DomainException("Предмет не найден.", "subject");
        var period = await db.StudyPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == studyPeriodId, ct);
        if (period is null || period.AcademicYearId != schoolClass.AcademicYearId)
            throw new DomainException("Учебный период не относится к учебному году этого класса.", "period");
        var school = await db.Schools.Where(s => s.Id == schoolClass.SchoolId).Select(s => s.ShortName).SingleAsync(ct);

        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.ClassId == classId && l.SubjectId == subjectId && l.StudyPeriodId == studyPeriodId)
            .OrderBy(l => l.Date).ThenBy(l => l.Number).ThenBy(l => l.Group)
            .ToListAsync(ct);
        var lessonIds = lessons.Select(l => l.Id).ToList();
        var cells = (await db.JournalCells.AsNoTracking()
                .Where(c => db.Lessons.Any(l => l.Id == c.LessonId && l.ClassId == classId && l.SubjectId == subjectId && l.StudyPeriodId == studyPeriodId))
                .Select(c => new { c.LessonId, c.PupilId, c.Marks, c.Attendance })
                .ToListAsync(ct))
            .ToDictionary(c => (c.LessonId, c.PupilId), c => new CellContent(c.Marks, c.Attendance));
        var finals = await db.FinalMarks.AsNoTracking()
            .Where(f => f.ClassId == classId && f.SubjectId == subjectId && f.StudyPeriodId == studyPeriodId)
            .Select(f => new { f.PupilId, f.Value })
            .ToListAsync(ct);
        var stays = await ClassStays.LoadAsync(db, [classId], period.StartsOn, period.EndsOn, ct);
        // Pupils whose cells exist but whose stay is missing from the history still appear: a mark must never vanish from a report.
        var strays = cells.Keys.Select(k => k.PupilId).Distinct().Except(stays.Select(s => s.PupilId)).ToList();
        if (strays.Count > 0)
        {
            var extra = await db.Pupils.AsNoTracking().Where(p => strays.Contains(p.Id))
                .Select(p => new ClassStay(classId, p.Id, p.Name, new Domain.Journal.ClassStay(period.StartsOn, p.LeftOn), p.Status, p.LeftOn)).ToListAsync(ct);
            stays = stays.Concat(extra).OrderBy(s => s.Name, ClassStays.Alphabetical).ToList();
        }

        var pupils = stays.Select(stay =>
        {
            var own = lessons.Select(l => cells.GetValueOrDefault((l.Id, stay.PupilId))).ToList();
            var average = Averages.Weighted(own.OfType<CellContent>().SelectMany(c => c.Marks.Items));
            var final = finals.FirstOrDefault(f => f.PupilId == stay.PupilId)?.Value?.ToString();
            return new JournalReportPupil(stay.PupilId, stay.Name.Full, stay.Note(period.StartsOn, period.EndsOn), stay.HasLeftBy(period.EndsOn),
                own.Select(c => c?.Text ?? "").ToList(), average, final);
        }).ToList();
        var lessonAverages = lessons
            .Select(l => Averages.Mean(stays.Select(s => cells.GetValueOrDefault((l.Id, s.PupilId)) is { } c ? Averages.Weighted(c.Marks.Items) : null)))
            .ToList();

        return new JournalReportData(school, schoolClass.Name, subject.Name, period.Name, period.StartsOn, period.EndsOn,
            await TeachersAsync(db, schoolClass.AcademicYearId, classId, subjectId, lessons.Select(l => l.TeacherId), ct),
            CardCalendar.Today(clock),
            lessons.Select(l => new JournalReportLesson(l.Id, l.Date, l.Number, l.Group, l.Topic, l.WorkType, l.Homework, l.HomeworkLink, l.HomeworkDueOn))
                .ToList(),
            pupils, lessonAverages, Averages.Mean(pupils.Select(p => p.Average)));
    }

    public async Task<ReportFile> ExportAsync(int classId, int subjectId, int studyPeriodId, CancellationToken ct = default)
    {
        var data = await BuildAsync(classId, subjectId, studyPeriodId, ct);
        return new ReportFile(data.FileName, ReportWorkbook.Journal(data));
    }

    /// <summary>The teachers of the workload (with their groups), or, without workload lines, the teachers of the lessons.</summary>
    private static async Task<string> TeachersAsync(Data.PortalDbContext db, int yearId, int classId, int subjectId, IEnumerable<int> lessonTeachers,
        CancellationToken ct)
    {
        var workload = await db.Workloads.AsNoTracking()
            .Where(w => w.AcademicYearId == yearId && w.ClassId == classId && w.SubjectId == subjectId)
            .Select(w => new { w.TeacherId, w.Group })
            .ToListAsync(ct);
        var ids = workload.Count > 0 ? workload.Select(w => w.TeacherId).Distinct().ToList() : lessonTeachers.Distinct().ToList();
        var names = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        var lines = ids.Select(id =>
        {
            var name = names.FirstOrDefault(n => n.Id == id)?.Name.Full ?? "—";
            var groups = workload.Where(w => w.TeacherId == id && w.Group is not null).Select(w => w.Group).Order().ToList();
            return groups.Count == 0 ? name : $"{name} (гр. {string.Join(", ", groups)})";
        }).Order(StringComparer.Ordinal).ToList();
        return lines.Count == 0 ? "не назначен" : string.Join("; ", lines);
    }
}
