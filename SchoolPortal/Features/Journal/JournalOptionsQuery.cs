using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Journal;

/// <summary>Reads what the journal picker offers (see <see cref="JournalOptions"/>).</summary>
internal static class JournalOptionsQuery
{
    public static async Task<JournalOptions> LoadAsync(PortalDbContext db, PortalUser user, DateOnly today, CancellationToken ct)
    {
        var years = await db.AcademicYears.AsNoTracking()
            .Where(y => y.SchoolId == user.SchoolId)
            .Select(y => new { y.Id, y.StartYear, y.Status, y.StartsOn, y.EndsOn })
            .ToListAsync(ct);
        var year = years.FirstOrDefault(y => y.Status == AcademicYearStatus.Current)
            ?? years.FirstOrDefault(y => y.StartsOn <= today && today <= y.EndsOn)
            ?? years.OrderByDescending(y => y.StartYear).FirstOrDefault();
        if (year is null)
            return JournalOptions.Empty;

        var periods = (await db.StudyPeriods.AsNoTracking().Where(p => p.AcademicYearId == year.Id).OrderBy(p => p.Number).ToListAsync(ct))
            .Select(p => new JournalPeriodOption(p.Id, p.Name, p.StartsOn, p.EndsOn, p.IsClosed))
            .ToList();
        var classes = (await db.Classes.AsNoTracking()
                .Where(c => c.AcademicYearId == year.Id)
                .OrderBy(c => c.Grade).ThenBy(c => c.Letter)
                .Select(c => new { c.Id, c.Grade, c.Letter })
                .ToListAsync(ct))
            .Select(c => new JournalChoice(c.Id, $"{c.Grade}{c.Letter}"))
            .ToList();
        var subjects = await db.Subjects.AsNoTracking()
            .Where(s => s.SchoolId == user.SchoolId)
            .OrderBy(s => s.Name)
            .Select(s => new JournalChoice(s.Id, s.Name))
            .ToListAsync(ct);
        var workloads = await db.Workloads.AsNoTracking()
            .Where(w => w.AcademicYearId == year.Id)
            .Select(w => new { w.ClassId, w.SubjectId, w.Group, w.TeacherId })
            .ToListAsync(ct);

        var className = classes.ToDictionary(c => c.Id, c => c.Name);
        var subjectName = subjects.ToDictionary(s => s.Id, s => s.Name);
        JournalWorkload Named(int classId, int subjectId, int? group) =>
            new(classId, className.GetValueOrDefault(classId, "?"), subjectId, subjectName.GetValueOrDefault(subjectId, "?"), group);
        var own = workloads
            .Where(w => user.EmployeeId is { } e && w.TeacherId == e && className.ContainsKey(w.ClassId))
            .Select(w => Named(w.ClassId, w.SubjectId, w.Group))
            .Distinct()
            .OrderBy(w => classes.FindIndex(c => c.Id == w.ClassId)).ThenBy(w => w.SubjectName).ThenBy(w => w.Group)
            .ToList();
        var groups = workloads
            .Where(w => w.Group is not null && className.ContainsKey(w.ClassId))
            .Select(w => Named(w.ClassId, w.SubjectId, w.Group))
            .Distinct()
            .ToList();

        var current = periods.FirstOrDefault(p => p.StartsOn <= today && today <= p.EndsOn)
            ?? periods.LastOrDefault(p => p.StartsOn <= today)
            ?? periods.FirstOrDefault();
        return new JournalOptions($"{year.StartYear}/{year.StartYear + 1}", classes, subjects, periods, current?.Id, own, groups);
    }
}
