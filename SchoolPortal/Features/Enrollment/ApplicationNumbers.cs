using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The region's number of an application registered at a school: «2027-0015-00042» (campaign year, school, sequence in the
/// school's campaign). The unique index on the number stops two saves that took the same sequence at once.
/// </summary>
internal static class ApplicationNumbers
{
    public static string Prefix(int year, int schoolId) => $"{year}-{schoolId:D4}-";

    public static async Task<string> NextAsync(PortalDbContext db, int schoolId, int year, CancellationToken ct)
    {
        var prefix = Prefix(year, schoolId);
        var taken = await db.EnrollmentApplications.IgnoreQueryFilters().Where(a => a.Number.StartsWith(prefix)).Select(a => a.Number).ToListAsync(ct);
        var last = taken.Select(n => int.TryParse(n[prefix.Length..], out var k) ? k : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{last + 1:D5}";
    }
}
