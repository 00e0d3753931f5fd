using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The grade-1 and grade-10 places of a campaign: the school administrator publishes them (audited), everyone in «Управление»
/// reads them within their scope with the free places beside them.
/// </summary>
public sealed class SchoolPlacesService(PortalDb portalDb)
{
    /// <summary>The places of every school the user sees, for one campaign.</summary>
    public async Task<IReadOnlyList<PlacesView>> ListAsync(int year, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.ShortName).Select(s => new { s.Id, s.ShortName }).ToListAsync(ct);
        var places = await db.SchoolPlaces.AsNoTracking().Where(p => p.Year == year).ToDictionaryAsync(p => p.SchoolId, ct);
        var enrolled = await db.EnrollmentApplications.Where(a => a.Year == year && a.Status == ApplicationStatus.Enrolled && a.Kind != ApplicationKind.Transfer)
            .GroupBy(a => new { a.SchoolId, a.Kind }).Select(g => new { g.Key.SchoolId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        int Enrolled(int school, ApplicationKind kind) => enrolled.Where(e => e.SchoolId == school && e.Kind == kind).Sum(e => e.Count);
        return schools.Select(s =>
        {
            var p = places.GetValueOrDefault(s.Id);
            return new PlacesView(s.Id, s.ShortName, year, p is not null, p?.Grade1Places ?? 0, Enrolled(s.Id, ApplicationKind.FirstGrade),
                p?.Grade10Places ?? 0, Enrolled(s.Id, ApplicationKind.TenthGrade));
        }).ToList();
    }

    /// <summary>The administrator's own school.</summary>
    public async Task<PlacesView?> OfSchoolAsync(int year, CancellationToken ct = default)
    {
        var user = EnrollmentAccess.Reader(await portalDb.UserAsync());
        if (user.SchoolId is not { } school)
            return null;
        return (await ListAsync(year, ct)).SingleOrDefault(p => p.SchoolId == school);
    }

    public async Task<EnrollmentResult> PublishAsync(int year, int grade1Places, int grade10Places, CancellationToken ct = default)
    {
        var schoolId = EnrollmentAccess.SchoolAdmin(await portalDb.UserAsync(), "Публиковать число мест");
        if (year is < 2000 or > 2100)
            return EnrollmentResult.Refused($"Год кампании {year} вне допустимого диапазона.", "year");
        await using var db = await portalDb.OpenAsync();
        var places = await db.SchoolPlaces.SingleOrDefaultAsync(p => p.SchoolId == schoolId && p.Year == year, ct);
        try
        {
            if (places is null)
                db.SchoolPlaces.Add(places = new SchoolPlaces(schoolId, year, grade1Places, grade10Places));
            else
                places.ChangePlaces(grade1Places, grade10Places);
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }
        await db.SaveChangesAsync(ct);
        return EnrollmentResult.Done($"Опубликовано мест на {year}/{year + 1} учебный год: в 1 класс — {grade1Places}, в 10 класс — {grade10Places}.", places.Id);
    }
}
