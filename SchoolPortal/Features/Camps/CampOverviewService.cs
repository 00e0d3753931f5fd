using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// «Летний отдых: сводка» (<c>/camps/overview</c>): a season's places, grants, payments, vouchers, reserve and money per
/// shift, camp and district. Who sees what: the region operator every camp and application; a municipal operator the camps
/// of their district with every application for them (a place counts whoever holds it, and only counts leave the database);
/// a school administrator every camp of the season (a public catalogue) with their own school's children's applications
/// only — the places and free places stay the shifts' own. Counted in the database (GROUP BY per shift, distinct reserve
/// applications per shift, camp and district), never one row per application.
/// </summary>
public sealed class CampOverviewService(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    /// <summary>The years of the declared seasons, the latest first.</summary>
    public async Task<IReadOnlyList<int>> SeasonsAsync(CancellationToken ct = default)
    {
        CampAccess.Staff(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await db.CampSeasons.AsNoTracking().OrderByDescending(s => s.Year).Select(s => s.Year).ToListAsync(ct);
    }

    /// <summary>The season to open without a year in the address: the coming summer's (this summer's until August), else the latest.</summary>
    public int? DefaultYear(IReadOnlyList<int> seasons)
    {
        var today = CardCalendar.Today(clock);
        var coming = today.Month >= 9 ? today.Year + 1 : today.Year;
        return seasons.Where(y => y >= coming).Order().Cast<int?>().FirstOrDefault() ?? seasons.Order().Cast<int?>().LastOrDefault();
    }

    public async Task<CampOverview> OverviewAsync(int year, CancellationToken ct = default)
    {
        var user = CampAccess.Staff(await portalDb.UserAsync());
        CheckYear(year);
        var (db, district, scope) = await OpenAsync(user, ct);
        await using (db)
            return await CountAsync(db, year, district, scope, ct);
    }

    public async Task<ReportFile> ExportDistrictsAsync(int year, CancellationToken ct = default)
    {
        var overview = await OverviewAsync(year, ct);
        return new ReportFile($"Летний отдых {year} — районы.xlsx",
            CampOverviewWorkbook.Rows("Районы", $"Летний отдых {year}: по районам ({overview.Scope})", "Район", overview.Districts, overview.Total, withCamp: false));
    }

    public async Task<ReportFile> ExportCampsAsync(int year, CancellationToken ct = default)
    {
        var overview = await OverviewAsync(year, ct);
        return new ReportFile($"Летний отдых {year} — лагеря.xlsx",
            CampOverviewWorkbook.Rows("Лагеря", $"Летний отдых {year}: по лагерям ({overview.Scope})", "Лагерь", overview.Camps, overview.Total, withCamp: true));
    }

    public async Task<ReportFile> ExportShiftsAsync(int year, CancellationToken ct = default)
    {
        var overview = await OverviewAsync(year, ct);
        return new ReportFile($"Летний отдых {year} — смены.xlsx",
            CampOverviewWorkbook.Shifts($"Летний отдых {year}: по сменам ({overview.Scope})", overview.Shifts, overview.Total));
    }

    private async Task<(PortalDbContext Db, int? District, string Scope)> OpenAsync(PortalUser user, CancellationToken ct)
    {
        if (user.Has(Role.RegionOperator))
            return (await portalDb.OpenAsync(), null, "весь регион");
        if (user.Has(Role.MunicipalOperator) && user.MunicipalityId is { } district)
        {
            // System scope: the district's camps count every application for them, whichever district the child lives in;
            // only counts and sums leave the query.
            var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
            var name = await db.Municipalities.AsNoTracking().Where(m => m.Id == district).Select(m => m.Name).SingleOrDefaultAsync(ct) ?? "";
            return (db, district, $"лагеря района: {name}");
        }
        return (await portalDb.OpenAsync(), null, "заявления детей вашей школы; места — по сменам целиком");
    }

    private static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100)
            throw new Domain.Common.DomainException($"Год сезона {year} вне допустимого диапазона.", "year");
    }

    private static async Task<CampOverview> CountAsync(PortalDbContext db, int year, int? district, string scope, CancellationToken ct)
    {
        var camps = db.Camps.AsNoTracking().Where(c => district == null || c.MunicipalityId == district);
        var shifts = db.CampShifts.AsNoTracking().Where(s => s.Year == year && camps.Any(c => c.Id == s.CampId));
        var catalogue = await (from s in shifts
                               join c in db.Camps.AsNoTracking() on s.CampId equals c.Id
                               join m in db.Municipalities.AsNoTracking() on c.MunicipalityId equals m.Id
                               select new { s.Id, s.CampId, Camp = c.Name, c.Kind, c.MunicipalityId, District = m.Name, s.Name, s.StartsOn, s.EndsOn, s.Places, s.Taken })
            .ToListAsync(ct);

        var applications = db.CampApplications.AsNoTracking().Where(a => a.Year == year);
        var holding = await applications
            .Where(a => a.ShiftId != null && (a.Status == CampApplicationStatus.Granted || a.Status == CampApplicationStatus.Paid
                || a.Status == CampApplicationStatus.VoucherIssued) && shifts.Any(s => s.Id == a.ShiftId))
            .GroupBy(a => a.ShiftId!.Value)
            .Select(g => new
            {
                ShiftId = g.Key,
                Granted = g.Count(),
                Paid = g.Count(a => a.Status != CampApplicationStatus.Granted),
                Issued = g.Count(a => a.Status == CampApplicationStatus.VoucherIssued),
                Due = g.Sum(a => a.Status == CampApplicationStatus.Granted ? a.AmountDue ?? 0m : 0m),
                Received = g.Sum(a => a.PaidAmount ?? 0m),
            })
            .ToDictionaryAsync(x => x.ShiftId, ct);

        // A waiting application is in the reserve of each shift it chose: one row per choice, counted distinct at every level.
        var reserve = applications.Where(a => a.Status == CampApplicationStatus.Reserve);
        var picks = reserve.Select(a => new { a.Id, ShiftId = a.Choice1ShiftId })
            .Concat(reserve.Where(a => a.Choice2ShiftId != null).Select(a => new { a.Id, ShiftId = a.Choice2ShiftId!.Value }))
            .Concat(reserve.Where(a => a.Choice3ShiftId != null).Select(a => new { a.Id, ShiftId = a.Choice3ShiftId!.Value }));
        var waiting = from p in picks
                      join s in shifts on p.ShiftId equals s.Id
                      join c in db.Camps.AsNoTracking() on s.CampId equals c.Id
                      select new { p.Id, ShiftId = s.Id, s.CampId, c.MunicipalityId };
        var reserveByShift = await waiting.GroupBy(w => w.ShiftId).Select(g => new { g.Key, Count = g.Select(w => w.Id).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var reserveByCamp = await waiting.GroupBy(w => w.CampId).Select(g => new { g.Key, Count = g.Select(w => w.Id).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var reserveByDistrict = await waiting.GroupBy(w => w.MunicipalityId).Select(g => new { g.Key, Count = g.Select(w => w.Id).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var reserveTotal = await waiting.Select(w => w.Id).Distinct().CountAsync(ct);

        var shiftRows = catalogue
            .Select(s =>
            {
                var held = holding.GetValueOrDefault(s.Id);
                var counts = new CampCounts(s.Places, held?.Granted ?? 0, held?.Paid ?? 0, held?.Issued ?? 0, reserveByShift.GetValueOrDefault(s.Id),
                    Math.Max(0, s.Places - s.Taken), held?.Due ?? 0m, held?.Received ?? 0m);
                return new CampShiftRow(s.Id, s.CampId, s.Camp, CampNames.Kind(s.Kind), s.MunicipalityId, s.District, s.Name, s.StartsOn, s.EndsOn, counts);
            })
            .OrderBy(s => s.District, StringComparer.Ordinal).ThenBy(s => s.Camp, StringComparer.Ordinal).ThenBy(s => s.StartsOn)
            .ToList();
        var campRows = shiftRows.GroupBy(s => s.CampId)
            .Select(g => new CampRow(g.Key, g.First().Camp, g.First().District, g.First().Kind, g.Count(),
                Sum(g.Select(s => s.Counts), reserveByCamp.GetValueOrDefault(g.Key))))
            .OrderBy(c => c.District, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var districtRows = shiftRows.GroupBy(s => s.DistrictId)
            .Select(g => new CampRow(g.Key, g.First().District, "", "", g.Count(),
                Sum(g.Select(s => s.Counts), reserveByDistrict.GetValueOrDefault(g.Key))))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var total = new CampRow(0, "Итого", "", "", shiftRows.Count, Sum(shiftRows.Select(s => s.Counts), reserveTotal));
        return new CampOverview(year, scope, total, districtRows, campRows, shiftRows);
    }

    private static CampCounts Sum(IEnumerable<CampCounts> counts, int reserve) =>
        counts.Aggregate(CampCounts.Zero with { Reserve = reserve }, (sum, c) => sum.Plus(c, reserve));
}
