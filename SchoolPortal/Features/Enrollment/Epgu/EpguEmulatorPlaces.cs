using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Enrollment;
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
