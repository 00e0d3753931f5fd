using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>Free places = the places the school published − the children enrolled by applications of that kind and campaign.</summary>
internal static class FreePlaces
{
    /// <returns>Null for transfers (places are per class) and when the school has not published places for the year.</returns>
    public static async Task<int?> OfAsync(PortalDbContext db, int schoolId, int year, ApplicationKind kind, CancellationToken ct)
    {
        if (kind == ApplicationKind.Transfer)
            return null;
        var places = await db.SchoolPlaces.AsNoTracking().SingleOrDefaultAsync(p => p.SchoolId == schoolId && p.Year == year, ct);
        if (places is null)
            return null;
        var enrolled = await EnrolledAsync(db, schoolId, year, kind, ct);
        return places.FreePlaces(kind, enrolled);
    }

    public static Task<int> EnrolledAsync(PortalDbContext db, int schoolId, int year, ApplicationKind kind, CancellationToken ct) =>
        db.EnrollmentApplications.CountAsync(a => a.SchoolId == schoolId && a.Year == year && a.Kind == kind && a.Status == ApplicationStatus.Enrolled, ct);
}
