using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.Schedule;

/// <summary>The academic year the schedule pages work in, and its classes, periods, subjects and teachers to choose from.</summary>
internal static class SchoolYear
{
    /// <summary>The year marked current; else the one containing today; else the latest. Null when the school has none.</summary>
    public static async Task<AcademicYear?> CurrentAsync(PortalDbContext db, int schoolId, DateOnly today, CancellationToken ct)
    {
        var years = await db.AcademicYears.AsNoTracking().Include(y => y.Periods).Where(y => y.SchoolId == schoolId)
            .ToListAsync(ct);
        return years.FirstOrDefault(y => y.Status == AcademicYearStatus.Current)
               ?? years.FirstOrDefault(y => y.Contains(today))
               ?? years.OrderByDescending(y => y.StartYear).FirstOrDefault();
    }

    public static async Task<IReadOnlyList<Choice>> ClassesAsync(PortalDbContext db, int schoolId, int? academicYearId, CancellationToken ct) =>
        (await db.Classes.AsNoTracking().Where(c => c.SchoolId == schoolId && c.AcademicYearId == academicYearId)
            .Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct))
        .OrderBy(c => c.Grade).ThenBy(c => c.Letter, StringComparer.Ordinal)
        .Select(c => new Choice(c.Id, $"{c.Grade}{c.Letter}"))
        .ToList();

    public static IReadOnlyList<Choice> Periods(AcademicYear? year) =>
        year?.Periods.OrderBy(p => p.StartsOn)
            .Select(p => new Choice(p.Id, $"{p.Name} ({Infrastructure.CardCalendar.Format(p.StartsOn)} – {Infrastructure.CardCalendar.Format(p.EndsOn)})"))
            .ToList() ?? [];

    public static async Task<IReadOnlyList<Choice>> SubjectsAsync(PortalDbContext db, int schoolId, CancellationToken ct) =>
        (await db.Subjects.AsNoTracking().Where(s => s.SchoolId == schoolId).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct))
        .OrderBy(s => s.Name, StringComparer.Create(Infrastructure.CardCalendar.Russian, true)).ToList();

    /// <summary>Working staff (the dismissed are not offered), by surname.</summary>
    public static async Task<IReadOnlyList<Choice>> TeachersAsync(PortalDbContext db, int schoolId, CancellationToken ct) =>
        (await db.Employees.AsNoTracking().Where(e => e.SchoolId == schoolId && e.DismissedOn == null)
            .Select(e => new { e.Id, e.Name }).ToListAsync(ct))
        .OrderBy(e => e.Name.Full, StringComparer.Create(Infrastructure.CardCalendar.Russian, true))
        .Select(e => new Choice(e.Id, e.Name.Short))
        .ToList();
}
