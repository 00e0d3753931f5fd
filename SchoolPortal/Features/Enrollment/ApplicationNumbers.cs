using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>The next <see cref="ApplicationNumber"/> of a school's campaign, from the numbers stored.</summary>
internal static class ApplicationNumbers
{
    public static async Task<string> NextAsync(PortalDbContext db, int schoolId, int year, CancellationToken ct)
    {
        var prefix = ApplicationNumber.Prefix(year, schoolId);
        var taken = await db.EnrollmentApplications.IgnoreQueryFilters().Where(a => a.Number.StartsWith(prefix)).Select(a => a.Number).ToListAsync(ct);
        return ApplicationNumber.Format(year, schoolId, taken.Select(n => ApplicationNumber.SequenceOf(n, year, schoolId)).DefaultIfEmpty(0).Max() + 1);
    }
}
