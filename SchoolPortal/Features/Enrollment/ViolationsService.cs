using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Соблюдение Порядка приема (Приказ № 458)»: every application of a campaign in the user's scope (region, district or
/// school, as «Заявления») checked by <see cref="ViolationRules"/>, counted per district and school, exported to Excel, and a
/// district's list for a letter to the municipality.
/// </summary>
public sealed class ViolationsService(PortalDb portalDb, EnrollmentSettings settings, TimeProvider clock)
{
    /// <summary>The last campaign whose second stage is over on <paramref name="today"/> (the default 5 September).</summary>
    public static int LastFinishedYear(DateOnly today) => today >= new DateOnly(today.Year, 9, 6) ? today.Year : today.Year - 1;

    /// <summary>The page's campaign when the address names none: the last finished one.</summary>
    public int DefaultYear() => LastFinishedYear(CardCalendar.Today(clock));

    /// <summary>The years with applications in the scope, the newest first, and always the last finished one.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var years = await db.EnrollmentApplications.AsNoTracking().Select(a => a.Year).Distinct().ToListAsync(ct);
        years.Add(DefaultYear());
        return years.Distinct().OrderDescending().ToList();
    }

    public async Task<ViolationReport> ReportAsync(int year, int staleWorkingDays = ViolationRules.DefaultStaleWorkingDays, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        if (staleWorkingDays is < 1 or > ViolationRules.MaxStaleWorkingDays)
            throw new DomainException($"Порог «без движения»: от 1 до {ViolationRules.MaxStaleWorkingDays} рабочих дней.", "staleWorkingDays");
        await using var db = await portalDb.OpenAsync();
        var campaign = await EnrollmentSettings.CampaignAsync(db, year, ct);
        var calendar = await settings.CalendarAsync(db, ct);
        var today = CardCalendar.Today(clock);

        var scoped = db.EnrollmentApplications.AsNoTracking().Where(a => a.Year == year);
        var applications = await (
            from a in scoped
            join s in db.Schools on a.SchoolId equals s.Id
            join m in db.Municipalities on s.MunicipalityId equals m.Id
            select new
            {
                a.Id, a.Number, a.Kind, a.Stage, a.FiledOn, a.Status, a.RefusalReason,
                Child = a.ChildName.Surname + " " + a.ChildName.FirstName + (a.ChildName.Patronymic == null ? "" : " " + a.ChildName.Patronymic),
                a.SchoolId, School = s.ShortName, DistrictId = m.Id, District = m.Name,
            }).ToListAsync(ct);
        // The rules read the day an application was directed, and the day of the last change only of one still in progress
        // (stale) or refused (the refusal's day): an enrolled or withdrawn one needs only its «Направлен в ООО» rows, which keeps
        // a finished campaign's read to about one history row per application.
        var history = await (
            from h in db.ApplicationStatusChanges.AsNoTracking()
            join a in scoped on h.ApplicationId equals a.Id
            where h.Status == ApplicationStatus.Directed || (a.Status != ApplicationStatus.Enrolled && a.Status != ApplicationStatus.Withdrawn)
            select new { h.ApplicationId, h.Status, h.At }).ToListAsync(ct);
        var orders = await (
            from l in db.EnrollmentOrderLines.AsNoTracking()
            join o in db.EnrollmentOrders on l.OrderId equals o.Id
            where o.Year == year
            select new { l.ApplicationId, o.Number, o.Date }).ToListAsync(ct);

        var directed = new Dictionary<int, DateOnly>();
        var lastChange = new Dictionary<int, DateOnly>();
        foreach (var h in history)
        {
            var day = DateOnly.FromDateTime(RegionTime.ToRegion(h.At).DateTime);
            if (h.Status == ApplicationStatus.Directed && (!directed.TryGetValue(h.ApplicationId, out var d) || day < d))
                directed[h.ApplicationId] = day;
            if (!lastChange.TryGetValue(h.ApplicationId, out var l) || day > l)
                lastChange[h.ApplicationId] = day;
        }
        var orderOf = orders.GroupBy(o => o.ApplicationId).ToDictionary(g => g.Key, g => g.OrderBy(o => o.Date).First());

        var rows = new List<ViolationRow>();
        foreach (var a in applications)
        {
            orderOf.TryGetValue(a.Id, out var order);
            var track = new ApplicationTrack(a.Kind, a.Stage, a.FiledOn, a.Status, a.RefusalReason,
                directed.TryGetValue(a.Id, out var d) ? d : null, lastChange.GetValueOrDefault(a.Id, a.FiledOn), order?.Number, order?.Date);
            foreach (var v in ViolationRules.For(track, campaign, calendar, today, staleWorkingDays))
                rows.Add(new ViolationRow(a.Id, a.Number, a.Child, a.FiledOn, a.Status, a.SchoolId, a.School, a.DistrictId, a.District, v.Kind, v.Deadline, v.Text));
        }

        var districts = rows
            .GroupBy(r => (r.DistrictId, r.DistrictName))
            .Select(d => new DistrictViolations(d.Key.DistrictId, d.Key.DistrictName, ViolationCounts.Of(d),
                d.GroupBy(r => (r.SchoolId, r.SchoolName))
                    .Select(s => new SchoolViolations(s.Key.SchoolId, s.Key.SchoolName, ViolationCounts.Of(s),
                        s.OrderBy(r => r.Kind).ThenBy(r => r.FiledOn).ThenBy(r => r.ApplicationId).ToList()))
                    .OrderByDescending(s => s.Counts.Total).ThenBy(s => s.SchoolName, StringComparer.Ordinal).ToList()))
            .OrderByDescending(d => d.Counts.Total).ThenBy(d => d.DistrictName, StringComparer.Ordinal)
            .ToList();
        return new ViolationReport(year, campaign.FirstStageEnd, campaign.DirectingAllowedFrom, campaign.OrderDeadline(calendar), campaign.OrderWorkingDays,
            staleWorkingDays, today, applications.Count, ViolationCounts.Of(rows), districts);
    }

    /// <summary>Every row of the report as an Excel file.</summary>
    public async Task<ReportFile> ExportAsync(int year, int staleWorkingDays = ViolationRules.DefaultStaleWorkingDays, CancellationToken ct = default)
    {
        var report = await ReportAsync(year, staleWorkingDays, ct);
        return new ReportFile(ReportFile.SafeName($"Нарушения Порядка приема {year}.xlsx"),
            ViolationWorkbook.Build(report.Rows.ToList(), $"Нарушения Порядка приема (Приказ № 458), кампания {year}/{year + 1}", report.Today));
    }

    /// <summary>«Письмо в муниципалитет»: one district's rows with the letter's opening lines, as an Excel file to print or attach.</summary>
    public async Task<ReportFile> LetterAsync(int year, int districtId, int staleWorkingDays = ViolationRules.DefaultStaleWorkingDays, CancellationToken ct = default)
    {
        var report = await ReportAsync(year, staleWorkingDays, ct);
        var district = report.Districts.SingleOrDefault(d => d.DistrictId == districtId)
            ?? throw new DomainException("В этом районе нарушений Порядка приема не найдено: письмо не формируется.", "districtId");
        return new ReportFile(ReportFile.SafeName($"Письмо {district.DistrictName} {year}.xlsx"),
            ViolationWorkbook.Build(district.Rows.ToList(), LetterText(report, district), report.Today));
    }

    /// <summary>The letter's opening: whom, which campaign, how many applications and schools, and the deadlines as computed.</summary>
    public static string LetterText(ViolationReport report, DistrictViolations district) =>
        $"{district.DistrictName}: в ходе приемной кампании {report.Year}/{report.Year + 1} учебного года выявлены нарушения Порядка приема " +
        $"(Приказ Минпросвещения России от 02.09.2020 № 458) — {district.Counts.Applications} заявл. в {district.Schools.Count} ОО " +
        $"(прием заявлений первого этапа завершен {CardCalendar.Format(report.FirstStageEnd)}, срок распорядительного акта — " +
        $"{CardCalendar.Format(report.OrderDeadline)}). Просим провести проверку и принять меры.";
}
