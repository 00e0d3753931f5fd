using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Приемная кампания»: a year's campaign within the user's scope (the region, the municipal operator's district, the school
/// administrator's school): its dates, the briefing's three figures by district and by school, the campaign day by day and
/// the places. Counted in the database per school (GROUP BY) and rolled up to districts here: never one row per application.
/// </summary>
public sealed class CampaignDashboardService(PortalDb portalDb, EnrollmentSettings settings, TimeProvider clock)
{
    /// <summary>The statuses the day-by-day chart follows.</summary>
    public static readonly ApplicationStatus[] ReachedStatuses =
        [ApplicationStatus.Registered, ApplicationStatus.Directed, ApplicationStatus.Enrolled, ApplicationStatus.Refused];

    /// <summary>The campaign under way, or the last one before its acceptance starts (1 April).</summary>
    public async Task<int> CurrentYearAsync(CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        var today = CardCalendar.Today(clock);
        await using var db = await portalDb.OpenAsync();
        var campaign = await EnrollmentSettings.CampaignAsync(db, today.Year, ct);
        return today >= campaign.FirstStageStart ? today.Year : today.Year - 1;
    }

    public async Task<CampaignDates> DatesAsync(int year, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await DatesAsync(db, Check(year), ct);
    }

    public async Task<CampaignOverview> OverviewAsync(int year, CampaignPart part, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var campaign = await EnrollmentSettings.CampaignAsync(db, Check(year), ct);
        var dates = await DatesAsync(db, year, ct);
        var schools = await db.Schools.AsNoTracking()
            .Select(s => new { s.Id, s.ShortName, s.MunicipalityId }).ToListAsync(ct);
        var districtIds = schools.Select(s => s.MunicipalityId).Distinct().ToList();
        var districts = await db.Municipalities.AsNoTracking().Where(m => districtIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var counts = await CampaignParts.Of(db.EnrollmentApplications.AsNoTracking(), campaign, part)
            .GroupBy(a => a.SchoolId)
            .Select(g => new
            {
                SchoolId = g.Key,
                Filed = g.Count(),
                Epgu = g.Sum(a => a.Channel == ApplicationChannel.Epgu ? 1 : 0),
                Enrolled = g.Sum(a => a.Status == ApplicationStatus.Enrolled ? 1 : 0),
            })
            .ToDictionaryAsync(c => c.SchoolId, ct);
        var placesKind = CampaignParts.PlacesKind(part);
        var places = placesKind is null
            ? []
            : await db.SchoolPlaces.AsNoTracking().Where(p => p.Year == year)
                .Select(p => new { p.SchoolId, Places = placesKind == ApplicationKind.FirstGrade ? p.Grade1Places : p.Grade10Places })
                .ToDictionaryAsync(p => p.SchoolId, p => p.Places, ct);
        var schoolRows = schools
            .Select(s =>
            {
                var c = counts.GetValueOrDefault(s.Id);
                return new CampaignRow(s.Id, s.ShortName, s.MunicipalityId, c?.Filed ?? 0, c?.Epgu ?? 0, c?.Enrolled ?? 0,
                    placesKind is null ? null : places.GetValueOrDefault(s.Id));
            })
            .OrderBy(r => r.Name, StringComparer.Create(RussianFormat.Culture, false))
            .ToList();
        var districtRows = schoolRows.GroupBy(r => r.DistrictId!.Value)
            .Select(g => Sum(g.Key, districts.GetValueOrDefault(g.Key, $"Район {g.Key}"), null, g))
            .OrderBy(r => r.Name, StringComparer.Create(RussianFormat.Culture, false))
            .ToList();
        return new CampaignOverview(dates, part, Sum(0, "Итого", null, schoolRows), districtRows, schoolRows);
    }

    /// <summary>The applications of one school behind its figures, newest first, with links to the cards.</summary>
    public async Task<IReadOnlyList<ApplicationRow>> ApplicationsAsync(int year, CampaignPart part, int schoolId, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var campaign = await EnrollmentSettings.CampaignAsync(db, Check(year), ct);
        var query = CampaignParts.Of(db.EnrollmentApplications.AsNoTracking(), campaign, part).Where(a => a.SchoolId == schoolId);
        return await ApplicationQuery.Rows(db, query.OrderByDescending(a => a.FiledOn).ThenByDescending(a => a.Id)).ToListAsync(ct);
    }

    /// <summary>
    /// The campaign day by day: applications filed per day by channel (grouped in the database), and the statuses reached per
    /// day on the region's clock. SQLite keeps a time as a packed number that SQL cannot cut into days, so the reached
    /// statuses are read as (time, status) pairs of the followed statuses and counted while read, without entities.
    /// </summary>
    public async Task<IReadOnlyList<CampaignDayRow>> DaysAsync(int year, CampaignPart part, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var campaign = await EnrollmentSettings.CampaignAsync(db, Check(year), ct);
        var applications = CampaignParts.Of(db.EnrollmentApplications.AsNoTracking(), campaign, part);
        var filed = await applications.GroupBy(a => new { a.FiledOn, a.Channel })
            .Select(g => new { g.Key.FiledOn, g.Key.Channel, Count = g.Count() }).ToListAsync(ct);
        var followed = ReachedStatuses;
        var reached = new Dictionary<(DateOnly, ApplicationStatus), int>();
        var changes = from h in db.ApplicationStatusChanges.AsNoTracking()
                      join a in applications on h.ApplicationId equals a.Id
                      where followed.Contains(h.Status)
                      select new { h.At, h.Status };
        await foreach (var change in changes.AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (DateOnly.FromDateTime(RegionTime.ToRegion(change.At).DateTime), change.Status);
            reached[key] = reached.GetValueOrDefault(key) + 1;
        }
        var days = filed.Select(f => f.FiledOn).Concat(reached.Keys.Select(k => k.Item1)).Distinct().Order();
        return days.Select(day => new CampaignDayRow(day,
                filed.Where(f => f.FiledOn == day).ToDictionary(f => f.Channel, f => f.Count),
                reached.Where(r => r.Key.Item1 == day).ToDictionary(r => r.Key.Item2, r => r.Value)))
            .ToList();
    }

    /// <summary>Every school's grade-1 and grade-10 places beside its active applications and enrolled children.</summary>
    public async Task<IReadOnlyList<CampaignPlacesRow>> PlacesAsync(int year, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        Check(year);
        var schools = await (from s in db.Schools.AsNoTracking()
                             join m in db.Municipalities on s.MunicipalityId equals m.Id
                             select new { s.Id, s.ShortName, District = m.Name }).ToListAsync(ct);
        var places = await db.SchoolPlaces.AsNoTracking().Where(p => p.Year == year)
            .Select(p => new { p.SchoolId, p.Grade1Places, p.Grade10Places }).ToDictionaryAsync(p => p.SchoolId, ct);
        var counts = await db.EnrollmentApplications.AsNoTracking().Where(a => a.Year == year && a.Kind != ApplicationKind.Transfer)
            .GroupBy(a => new { a.SchoolId, a.Kind })
            .Select(g => new
            {
                g.Key.SchoolId,
                g.Key.Kind,
                Active = g.Sum(a => a.Status != ApplicationStatus.Refused && a.Status != ApplicationStatus.Withdrawn ? 1 : 0),
                Enrolled = g.Sum(a => a.Status == ApplicationStatus.Enrolled ? 1 : 0),
            })
            .ToDictionaryAsync(c => (c.SchoolId, c.Kind), ct);
        return schools
            .Select(s =>
            {
                var p = places.GetValueOrDefault(s.Id);
                var first = counts.GetValueOrDefault((s.Id, ApplicationKind.FirstGrade));
                var tenth = counts.GetValueOrDefault((s.Id, ApplicationKind.TenthGrade));
                return new CampaignPlacesRow(s.Id, s.ShortName, s.District, p is not null, p?.Grade1Places ?? 0, first?.Active ?? 0, first?.Enrolled ?? 0,
                    p?.Grade10Places ?? 0, tenth?.Active ?? 0, tenth?.Enrolled ?? 0);
            })
            .OrderBy(r => r.DistrictName, StringComparer.Create(RussianFormat.Culture, false))
            .ThenBy(r => r.SchoolName, StringComparer.Create(RussianFormat.Culture, false))
            .ToList();
    }

    // ---- Excel ------------------------------------------------------------------------------------------------------

    public async Task<ReportFile> ExportDistrictsAsync(int year, CampaignPart part, CancellationToken ct = default)
    {
        var overview = await OverviewAsync(year, part, ct);
        return File($"Приемная кампания {year} {CampaignParts.Name(part)} по районам",
            CampaignWorkbook.Figures("Районы", "Район", [.. overview.Districts, overview.Total], Caption(overview)));
    }

    public async Task<ReportFile> ExportSchoolsAsync(int year, CampaignPart part, int? districtId, CancellationToken ct = default)
    {
        var overview = await OverviewAsync(year, part, ct);
        var rows = overview.Schools.Where(s => districtId is null || s.DistrictId == districtId).ToList();
        return File($"Приемная кампания {year} {CampaignParts.Name(part)} по школам",
            CampaignWorkbook.Figures("Школы", "Школа", rows, Caption(overview)));
    }

    public async Task<ReportFile> ExportApplicationsAsync(int year, CampaignPart part, int schoolId, CancellationToken ct = default)
    {
        var rows = await ApplicationsAsync(year, part, schoolId, ct);
        return File($"Заявления {year} {CampaignParts.Name(part)}", ApplicationWorkbook.Build(rows, CardCalendar.Today(clock)));
    }

    public async Task<ReportFile> ExportDaysAsync(int year, CampaignPart part, CancellationToken ct = default) =>
        File($"Приемная кампания {year} {CampaignParts.Name(part)} по дням", CampaignWorkbook.Days(await DaysAsync(year, part, ct)));

    public async Task<ReportFile> ExportPlacesAsync(int year, CancellationToken ct = default) =>
        File($"Места {year}", CampaignWorkbook.Places(await PlacesAsync(year, ct), $"{year}/{year + 1}"));

    private ReportFile File(string name, byte[] content) =>
        new(ReportFile.SafeName($"{name} {CardCalendar.Today(clock):dd.MM.yyyy}.xlsx"), content);

    private static string Caption(CampaignOverview o) => $"Приемная кампания {o.Dates.AcademicYear}: {CampaignParts.Name(o.Part)}";

    private async Task<CampaignDates> DatesAsync(PortalDbContext db, int year, CancellationToken ct)
    {
        var saved = await db.AdmissionCampaigns.AnyAsync(c => c.Year == year, ct);
        var campaign = await EnrollmentSettings.CampaignAsync(db, year, ct);
        var calendar = await settings.CalendarAsync(db, ct);
        return new CampaignDates(year, campaign.FirstStageStart, campaign.FirstStageEnd, campaign.OrderDeadline(calendar), campaign.OrderWorkingDays,
            campaign.SecondStageStart, campaign.SecondStageEnd, saved);
    }

    private static CampaignRow Sum(int id, string name, int? districtId, IEnumerable<CampaignRow> rows)
    {
        var list = rows as IReadOnlyCollection<CampaignRow> ?? rows.ToList();
        var places = list.Any(r => r.Places is not null) ? list.Sum(r => r.Places ?? 0) : (int?)null;
        return new CampaignRow(id, name, districtId, list.Sum(r => r.Filed), list.Sum(r => r.Epgu), list.Sum(r => r.Enrolled), places);
    }

    private static int Check(int year) =>
        year is < 2000 or > 2100 ? throw new Domain.Common.DomainException($"Год кампании {year} вне допустимого диапазона.", "year") : year;
}
