using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// Turns an operator's filter into the schools a check may read. Schools are looked up through the user's scoped context,
/// so a school or district outside the user's access is simply not found; the bulk reads that follow may then ignore the
/// query filters (they would add a nested lookup per row) because their school list is already checked.
/// </summary>
internal static class DuplicateScopes
{
    public static async Task<ScanScope> ResolveAsync(PortalDbContext db, PortalUser user, DuplicateFilter filter, CancellationToken ct)
    {
        if (!DuplicatesAccess.IsOperator(user))
        {
            var own = user.SchoolId ?? throw new AccessDeniedException("Проверка дублей доступна администратору своей школы.");
            var name = await db.Schools.Where(s => s.Id == own).Select(s => s.ShortName).FirstOrDefaultAsync(ct)
                ?? throw new AccessDeniedException("Школа не найдена или недоступна вам.");
            return new ScanScope([own], name);
        }
        if (filter.SchoolId is { } schoolId)
        {
            var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).FirstOrDefaultAsync(ct)
                ?? throw new AccessDeniedException("Школа не найдена или недоступна вам.");
            return new ScanScope([schoolId], school);
        }
        var districtId = user.Has(Role.RegionOperator) ? filter.DistrictId : user.MunicipalityId;
        if (districtId is null)
            return ScanScope.Region;
        var district = await db.Municipalities.Where(m => m.Id == districtId).Select(m => m.Name).FirstOrDefaultAsync(ct)
            ?? throw new AccessDeniedException("Муниципалитет не найден.");
        var schools = await db.Schools.Where(s => s.MunicipalityId == districtId).Select(s => s.Id).ToListAsync(ct);
        if (!user.Has(Role.RegionOperator) && schools.Count == 0)
            throw new AccessDeniedException("Муниципалитет недоступен вам.");
        return new ScanScope(schools, district);
    }
}
