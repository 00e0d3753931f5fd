using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Features.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.DataQuality;

/// <summary>The drill-down: the records of one school failing one rule, read with the rule's own expression, each with its card.</summary>
internal static class QualityFailing
{
    public static Task<IReadOnlyList<QualityRecord>> ListAsync(PortalDbContext db, QualitySources sources, int schoolId, QualityRule rule,
        CancellationToken ct) => rule switch
    {
        QualityRule<School> r => SchoolAsync(db, Failing(sources.Schools.Where(s => s.Id == schoolId), r, sources.Today).Select(s => s.Id),
            "/management/school", ct),
        QualityRule<Pupil> r => PupilsAsync(db, Failing(sources.Pupils.Where(p => p.SchoolId == schoolId), r, sources.Today), ct),
        QualityRule<Parent> r => ParentsAsync(db, sources.ParentsBySchoolAmong(sources.Parents.Where(ValueColumns.ForDatabase(r.Failing(sources.Today))))
            .Where(x => x.SchoolId == schoolId).Select(x => x.ParentId), ct),
        QualityRule<Employee> r => StaffAsync(db, Failing(sources.Staff.Where(e => e.SchoolId == schoolId), r, sources.Today).Select(e => e.Id), ct),
        QualityRule<StaffLeave> r => StaffAsync(db, Failing(sources.StaffLeaves.Where(e => e.SchoolId == schoolId), r, sources.Today)
            .Select(e => e.EmployeeId), ct),
        QualityRule<LessonFacts> r => LessonsAsync(db, Failing(sources.PastLessons.Where(l => l.SchoolId == schoolId), r, sources.Today)
            .Select(l => l.LessonId), ct),
        QualityRule<CourseFacts> r => CoursesAsync(db, Failing(sources.ClosedCourses.Where(c => c.SchoolId == schoolId), r, sources.Today), ct),
        QualityRule<SchoolActivity> r => SchoolAsync(db, Failing(sources.Activity.Where(a => a.SchoolId == schoolId), r, sources.Today)
            .Select(a => a.SchoolId), ActivityPage(r), ct),
        _ => throw new InvalidOperationException($"Rule {rule.Code} has no list."),
    };

    private static IQueryable<T> Failing<T>(IQueryable<T> records, QualityRule<T> rule, DateOnly today) =>
        records.Where(rule.Applies(today)).Where(ValueColumns.ForDatabase(rule.Failing(today)));

    private static string ActivityPage(QualityRule rule) => rule.Group switch
    {
        QualityGroup.YearEvents => "/schedule/events",
        QualityGroup.Substitutions => "/schedule/substitutions",
        _ => "/management/pupils",
    };

    private static async Task<IReadOnlyList<QualityRecord>> SchoolAsync(PortalDbContext db, IQueryable<int> ids, string link, CancellationToken ct) =>
        (await db.Schools.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.ShortName, s.FullName }).ToListAsync(ct))
        .Select(s => new QualityRecord(s.Id, s.ShortName, s.FullName, link)).ToList();

    private static async Task<IReadOnlyList<QualityRecord>> PupilsAsync(PortalDbContext db, IQueryable<Pupil> pupils, CancellationToken ct) =>
        (await pupils.OrderBy(p => p.Name.Surname).ThenBy(p => p.Name.FirstName)
            .Select(p => new
            {
                p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.BirthDate, p.Gender,
                Class = db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => c.Grade.ToString() + c.Letter).FirstOrDefault(),
            })
            .ToListAsync(ct))
        .Select(p => new QualityRecord(p.Id, Full(p.Surname, p.FirstName, p.Patronymic),
            $"{(p.Class is null ? "без класса" : p.Class + " класс")}, {BirthPhrase.Of(p.Gender, p.BirthDate)}", $"/management/pupils/{p.Id}"))
        .ToList();

    private static async Task<IReadOnlyList<QualityRecord>> ParentsAsync(PortalDbContext db, IQueryable<int> ids, CancellationToken ct) =>
        (await db.Parents.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name.Surname).ThenBy(p => p.Name.FirstName)
            .Select(p => new { p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.BirthDate, p.Gender })
            .ToListAsync(ct))
        .Select(p => new QualityRecord(p.Id, Full(p.Surname, p.FirstName, p.Patronymic),
            p.BirthDate is { } b ? BirthPhrase.Of(p.Gender, b) : "дата рождения не указана", $"/management/parents/{p.Id}"))
        .ToList();

    private static async Task<IReadOnlyList<QualityRecord>> StaffAsync(PortalDbContext db, IQueryable<int> ids, CancellationToken ct) =>
        (await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Name.Surname).ThenBy(e => e.Name.FirstName)
            .Select(e => new { e.Id, e.Name.Surname, e.Name.FirstName, e.Name.Patronymic, e.Position })
            .ToListAsync(ct))
        .Select(e => new QualityRecord(e.Id, Full(e.Surname, e.FirstName, e.Patronymic), e.Position, $"/management/staff/{e.Id}"))
        .ToList();

    private static async Task<IReadOnlyList<QualityRecord>> LessonsAsync(PortalDbContext db, IQueryable<int> ids, CancellationToken ct) =>
        (await db.Lessons.AsNoTracking().Where(l => ids.Contains(l.Id)).OrderBy(l => l.Date).ThenBy(l => l.Number)
            .Select(l => new
            {
                l.Id, l.Date, l.Number, l.ClassId, l.SubjectId, l.StudyPeriodId, l.Group, l.WorkType,
                Class = db.Classes.Where(c => c.Id == l.ClassId).Select(c => c.Grade.ToString() + c.Letter).FirstOrDefault(),
                Subject = db.Subjects.Where(s => s.Id == l.SubjectId).Select(s => s.Name).FirstOrDefault(),
            })
            .ToListAsync(ct))
        .Select(l => new QualityRecord(l.Id, $"{CardCalendar.Format(l.Date)}, {l.Number} урок: {l.Class} класс, {l.Subject}",
            WorkTypes.Name(l.WorkType), "/" + JournalLinks.Sheet(l.ClassId, l.SubjectId, l.StudyPeriodId, l.Group, l.Id)))
        .ToList();

    private static async Task<IReadOnlyList<QualityRecord>> CoursesAsync(PortalDbContext db, IQueryable<CourseFacts> courses, CancellationToken ct)
    {
        var rows = await courses.Select(c => new
        {
            c.ClassId, c.SubjectId, c.StudyPeriodId,
            Class = db.Classes.Where(k => k.Id == c.ClassId).Select(k => k.Grade.ToString() + k.Letter).FirstOrDefault(),
            Subject = db.Subjects.Where(s => s.Id == c.SubjectId).Select(s => s.Name).FirstOrDefault(),
        }).ToListAsync(ct);
        var periodIds = rows.Select(r => r.StudyPeriodId).Distinct().ToList();
        var periods = await db.StudyPeriods.AsNoTracking().Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return rows.OrderBy(r => r.Class).ThenBy(r => r.Subject).ThenBy(r => r.StudyPeriodId)
            .Select(r => new QualityRecord(r.ClassId, $"{r.Class} класс, {r.Subject}", periods.GetValueOrDefault(r.StudyPeriodId, ""),
                "/" + JournalLinks.Finals(r.ClassId, r.SubjectId)))
            .ToList();
    }

    private static string Full(string surname, string firstName, string? patronymic) =>
        patronymic is null ? $"{surname} {firstName}" : $"{surname} {firstName} {patronymic}";
}
