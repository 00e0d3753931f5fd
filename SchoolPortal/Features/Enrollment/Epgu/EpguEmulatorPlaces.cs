using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Features.Enrollment.Epgu;

/// <summary>
/// Where the demo's EPGU emulator files for a school: the school's ИНН, the grade-1 campaign of today, an address on the
/// school's first territory line and one on none of its lines, and a pupil of the school as the sibling. It reads only the
/// demo region's schools, territory lines and one pupil's name: what Gosuslugi itself would know of a school.
/// </summary>
public sealed class EpguEmulatorPlaces(IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    public async Task<IReadOnlyList<(int Id, string Name)>> SchoolsAsync(CancellationToken ct = default)
    {
        // System scope: the emulator stands for Gosuslugi, which lists every school of the region to a parent.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        return (await db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.ShortName }).ToListAsync(ct))
            .Select(s => (s.Id, s.ShortName)).ToList();
    }

    /// <summary>Null when the school does not exist.</summary>
    public async Task<EpguFilingPlace?> PlaceAsync(int schoolId, CancellationToken ct = default)
    {
        // System scope: as above; the school's code, territory and one pupil's name are what the parent's form needs.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Inn, s.Address }).SingleOrDefaultAsync(ct);
        if (school is null)
            return null;
        var lines = await db.TerritoryLines.AsNoTracking().Where(l => l.SchoolId == schoolId).OrderBy(l => l.Id).ToListAsync(ct);
        var sibling = await db.Pupils.AsNoTracking().Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var year = CampaignYear.For(ApplicationKind.FirstGrade, CardCalendar.Today(clock));
        var matcher = new AddressMatcher(lines);
        var onTerritory = lines.Count > 0 ? AddressOn(lines[0]) : school.Address.Text;
        var settlement = lines.Count > 0 ? lines[0].Settlement : "г. Челябинск";
        var outside = Enumerable.Range(0, 50).Select(k => $"454000, {settlement}, ул. Загородная, д. {901 + k}")
            .First(a => matcher.Find(a) is null);
        return new EpguFilingPlace(school.Inn.Value, year, onTerritory, outside, sibling?.Full);
    }

    /// <summary>
    /// A family for a camp application (service 600173): the first enrolled child with a birth certificate, a linked parent
    /// with a SNILS and no application of the nearest season yet, with up to three of the season's shifts its age fits, earliest
    /// first. Null when there is no season with shifts or no such family.
    /// </summary>
    public async Task<EpguCampFilingPlace?> CampPlaceAsync(CancellationToken ct = default)
    {
        // System scope: as above; Gosuslugi knows the family's documents from the parent's own profile.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var today = CardCalendar.Today(clock);
        var year = await db.CampSeasons.AsNoTracking().Where(s => s.Year >= today.Year).OrderBy(s => s.Year).Select(s => (int?)s.Year).FirstOrDefaultAsync(ct);
        if (year is null)
            return null;
        var shifts = await db.CampShifts.AsNoTracking().Where(s => s.Year == year).OrderBy(s => s.StartsOn).ThenBy(s => s.Id).ToListAsync(ct);
        var families = await (from link in db.ParentLinks.AsNoTracking()
                              join pupil in db.Pupils.AsNoTracking() on link.PupilId equals pupil.Id
                              join parent in db.Parents.AsNoTracking() on link.ParentId equals parent.Id
                              where pupil.Status == PupilStatus.Enrolled && pupil.BirthCertificate != null && parent.Snils != null
                                  && parent.DeletedAt == null && parent.MergedIntoId == null
                                  && !db.CampApplications.Any(a => a.PupilId == pupil.Id && a.Year == year)
                              orderby pupil.Id
                              select new { Child = pupil.Name, pupil.BirthDate, pupil.Snils, pupil.BirthCertificate!.Series, pupil.BirthCertificate.Number,
                                  Parent = parent.Name, ParentSnils = parent.Snils })
            .Take(200).ToListAsync(ct);
        foreach (var f in families)
        {
            var fitting = shifts.Where(s => s.Takes(f.BirthDate)).Take(EpguEnrollmentFormat.MaxCampShifts).Select(s => s.Id).ToList();
            if (fitting.Count > 0)
                return new EpguCampFilingPlace(
                    new EpguCampChild(f.Child.Surname, f.Child.FirstName, f.Child.Patronymic, f.BirthDate, f.Snils?.Formatted,
                        new EpguChildBirthDocRF(f.Series!, f.Number, null, null, null)),
                    new EpguCampApplicant(f.Parent.Surname, f.Parent.FirstName, f.Parent.Patronymic, f.ParentSnils!.Formatted, null),
                    fitting);
        }
        return null;
    }

    /// <summary>An address the line covers: its first house (or house 2 of an even line).</summary>
    private static string AddressOn(TerritoryLine line)
    {
        var houses = line.Houses;
        var house = houses.From ?? (houses.Parity == HouseParity.Even ? 2 : 1);
        if (!houses.Contains(house))
            house++;
        return $"454000, {line.Settlement}, {line.Street}, д. {house}, кв. 1";
    }
}
