using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Заявления» and «Список распределённых из очереди»: the applications the user's scope holds (a school administrator's
/// school, a municipal operator's district, the region for the region operator), filtered, counted per status, exported.
/// </summary>
public sealed class ApplicationListService(PortalDb portalDb, TimeProvider clock)
{
    public const int MaxPageSize = 500;
    public const int MaxExportRows = 100_000;

    public async Task<ApplicationListPage> ListAsync(ApplicationFilter filter, int page = 0, int pageSize = 50, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var query = ApplicationQuery.Filtered(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await ApplicationQuery.Rows(db, query.OrderByDescending(a => a.FiledOn).ThenByDescending(a => a.Id)
                .Skip(Math.Max(0, page) * Math.Clamp(pageSize, 1, MaxPageSize)).Take(Math.Clamp(pageSize, 1, MaxPageSize)))
            .ToListAsync(ct);
        var counts = await ApplicationQuery.Filtered(db, filter, withStatus: false)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new ApplicationListPage(rows, total, counts);
    }

    /// <summary>«Список распределённых из очереди»: «Направлен в ООО», waiting for the enrolment order.</summary>
    public async Task<IReadOnlyList<ApplicationRow>> DistributedAsync(ApplicationKind? kind = null, int? schoolId = null, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var query = ApplicationQuery.Filtered(db, new ApplicationFilter { Status = ApplicationStatus.Directed, Kind = kind, SchoolId = schoolId });
        return await ApplicationQuery.Rows(db, query.OrderBy(a => a.FiledOn).ThenBy(a => a.Id)).ToListAsync(ct);
    }

    /// <summary>The filtered list as an Excel file with Russian headers; text Excel would run as a formula stays text.</summary>
    public async Task<ReportFile> ExportAsync(ApplicationFilter filter, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var query = ApplicationQuery.Filtered(db, filter);
        var total = await query.CountAsync(ct);
        if (total > MaxExportRows)
            throw new DomainException(
                $"Под фильтр попадает {RussianFormat.Number(total)} заявлений: выгружается не больше {RussianFormat.Number(MaxExportRows)}. Сузьте фильтр.");
        var rows = await ApplicationQuery.Rows(db, query.OrderBy(a => a.FiledOn).ThenBy(a => a.Id)).ToListAsync(ct);
        var today = CardCalendar.Today(clock);
        return new ReportFile(ReportFile.SafeName($"Заявления {today:dd.MM.yyyy}.xlsx"), ApplicationWorkbook.Build(rows, today));
    }
}
