using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Integrations.GirVu;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>
/// «Отчеты ГИР ВУ»: the exchange runs the user may see (a school administrator their school's packages, a district operator
/// the district's, the region operator all), the reports by organisation and by pupil with paging, the error files, starting
/// a new exchange for the user's scope, and reading the answers that arrived. Everything is read through the user's scope.
/// </summary>
public sealed class GirVuReportService(PortalDb portalDb, LongOperations operations, GirVuAnswers answers, TimeProvider clock)
{
    public const string ExchangeKind = "girvu-exchange";

    /// <summary>What a new exchange of this user covers.</summary>
    public async Task<GirVuScope> ScopeAsync() => GirVuScope.For(await portalDb.UserAsync());

    /// <summary>The runs that touched the user's schools, newest first.</summary>
    public async Task<IReadOnlyList<GirVuRunOption>> RunsAsync(CancellationToken ct = default)
    {
        GirVuAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var packages = await db.GirVuExchanges.AsNoTracking().Select(e => new { e.RunId, e.CreatedAt, e.State }).ToListAsync(ct);
        return packages.GroupBy(p => p.RunId)
            .Select(g => new GirVuRunOption(g.Key, g.Min(p => p.CreatedAt), g.Count(), g.Count(p => p.State == GirVuExchangeState.Sent),
                g.Count(p => p.State == GirVuExchangeState.Failed)))
            .OrderByDescending(r => r.StartedAt)
            .ToList();
    }

    public async Task<GirVuRows<GirVuSchoolRow>> SchoolsAsync(Guid runId, bool onlyErrors, int page, int pageSize, CancellationToken ct = default)
    {
        var rows = await SchoolRowsAsync(runId, onlyErrors, ct);
        return new GirVuRows<GirVuSchoolRow>(rows.Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToList(), rows.Count);
    }

    public async Task<GirVuRows<GirVuPupilRow>> PupilsAsync(Guid runId, bool onlyErrors, int page, int pageSize, CancellationToken ct = default)
    {
        GirVuAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var query = Submissions(db, runId, onlyErrors);
        var total = await query.CountAsync(ct);
        return new GirVuRows<GirVuPupilRow>(await PupilRowsAsync(db, query, (Math.Max(0, page) * pageSize, pageSize), ct), total);
    }

    /// <summary>«Загрузить»: the error file of the run for the report kind and the filter, every row (not only the page shown).</summary>
    public async Task<ReportFile> DownloadAsync(Guid runId, GirVuReportKind kind, bool onlyErrors, CancellationToken ct = default)
    {
        var user = GirVuAccess.Ensure(await portalDb.UserAsync());
        var run = (await RunsAsync(ct)).FirstOrDefault(r => r.RunId == runId)
            ?? throw new AccessDeniedException("Выгрузка не найдена или недоступна вам.");
        var today = CardCalendar.Today(clock);
        var filter = onlyErrors ? "только с ошибками" : "все";
        var title = new GirVuWorkbookTitle(CardCalendar.Format(run.StartedAt), GirVuScope.For(user).Describe, filter, CardCalendar.Format(today));
        if (kind == GirVuReportKind.Schools)
        {
            var schools = await SchoolRowsAsync(runId, onlyErrors, ct);
            return new ReportFile(ReportFile.SafeName($"ГИР ВУ — организации — {title.Run.Replace(':', '-')}.xlsx"), GirVuWorkbook.Schools(title, schools));
        }
        await using var db = await portalDb.OpenAsync();
        var pupils = await PupilRowsAsync(db, Submissions(db, runId, onlyErrors), null, ct);
        return new ReportFile(ReportFile.SafeName($"ГИР ВУ — школьники — {title.Run.Replace(':', '-')}.xlsx"), GirVuWorkbook.Pupils(title, pupils));
    }

    /// <summary>Starts a new exchange for the user's scope as a long operation (Hangfire when jobs are on).</summary>
    public async Task<Guid> StartAsync()
    {
        var scope = GirVuScope.For(await portalDb.UserAsync());
        return await operations.StartAsync(ExchangeKind, JsonSerializer.Serialize(scope));
    }

    /// <summary>The user's running or last exchange, so the page opened again finds it.</summary>
    public async Task<OperationView?> LatestExchangeAsync()
    {
        GirVuAccess.Ensure(await portalDb.UserAsync());
        return await operations.LatestAsync(ExchangeKind);
    }

    /// <summary>Reads the answers waiting in the inbox now, rather than at the background job's next turn.</summary>
    public async Task<GirVuInboxResult> CheckAnswersAsync(CancellationToken ct = default)
    {
        GirVuAccess.Ensure(await portalDb.UserAsync());
        return await answers.ReadInboxAsync(ct);
    }

    private async Task<List<GirVuSchoolRow>> SchoolRowsAsync(Guid runId, bool onlyErrors, CancellationToken ct)
    {
        GirVuAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var packages = await db.GirVuExchanges.AsNoTracking().Where(e => e.RunId == runId)
            .Join(db.Schools, e => e.SchoolId, s => s.Id, (e, s) => new
            {
                e.SchoolId, Municipality = s.Municipality!.Name, s.ShortName, Inn = s.Inn.Value, Ogrn = s.Ogrn.Value, e.State, e.SentCount,
                e.UnchangedCount, e.InvalidCount, e.AcceptedCount, e.RejectedCount, e.Error, e.AnsweredAt,
            })
            .ToListAsync(ct);
        var withErrors = await Submissions(db, runId, onlyErrors: true).Select(s => new { s.SchoolId, s.PupilId, s.Fingerprint }).ToListAsync(ct);
        var fixes = await FixesAsync(db, withErrors.Select(s => (s.PupilId, s.Fingerprint)).ToList(), ct);
        var fixedBySchool = withErrors.Where(s => fixes.GetValueOrDefault(s.PupilId) == GirVuFix.Fixed)
            .GroupBy(s => s.SchoolId).ToDictionary(g => g.Key, g => g.Count());
        return packages
            .Select(p => new GirVuSchoolRow(p.SchoolId, p.Municipality, p.ShortName, p.Inn, p.Ogrn, p.State, p.SentCount, p.UnchangedCount, p.InvalidCount,
                p.AcceptedCount, p.RejectedCount, fixedBySchool.GetValueOrDefault(p.SchoolId), p.Error, p.AnsweredAt))
            .Where(r => !onlyErrors || r.HasErrors)
            .OrderBy(r => r.Municipality, StringComparer.Ordinal).ThenBy(r => r.School, StringComparer.Ordinal)
            .ToList();
    }

    private static IQueryable<GirVuSubmission> Submissions(PortalDbContext db, Guid runId, bool onlyErrors) =>
        db.GirVuSubmissions.AsNoTracking()
            .Where(s => db.GirVuExchanges.Any(e => e.Id == s.ExchangeId && e.RunId == runId)
                && (!onlyErrors || s.Status == GirVuSubmissionStatus.Invalid || s.Status == GirVuSubmissionStatus.Rejected));

    /// <summary>The rows in district, school and name order, with the «Исправлено» check against each pupil's current data.</summary>
    private static async Task<List<GirVuPupilRow>> PupilRowsAsync(PortalDbContext db, IQueryable<GirVuSubmission> submissions,
        (int Skip, int Take)? page, CancellationToken ct)
    {
        var ordered = submissions
            .Join(db.Pupils, s => s.PupilId, p => p.Id, (s, p) => new { s, p })
            .Join(db.Schools, x => x.s.SchoolId, sc => sc.Id, (x, sc) => new
            {
                x.s.PupilId, x.s.Status, x.s.ErrorsJson, x.s.Fingerprint, Municipality = sc.Municipality!.Name, School = sc.ShortName,
                x.p.Name.Surname, x.p.Name.FirstName, x.p.Name.Patronymic, x.p.BirthDate, x.p.CurrentClassId,
            })
            .OrderBy(r => r.Municipality).ThenBy(r => r.School).ThenBy(r => r.Surname).ThenBy(r => r.FirstName).ThenBy(r => r.PupilId);
        var rows = await (page is { } p ? ordered.Skip(p.Skip).Take(p.Take) : ordered).ToListAsync(ct);
        var classes = await GirVuSelection.ClassNamesAsync(db, rows.Select(r => r.CurrentClassId), ct);
        var fixes = await FixesAsync(db, rows.Where(r => IsError(r.Status)).Select(r => (r.PupilId, r.Fingerprint)).ToList(), ct);
        return rows.Select(r => new GirVuPupilRow(r.PupilId, r.Municipality, r.School, r.CurrentClassId is { } id ? classes.GetValueOrDefault(id) : null,
                r.Patronymic is null ? $"{r.Surname} {r.FirstName}" : $"{r.Surname} {r.FirstName} {r.Patronymic}", r.BirthDate, r.Status,
                GirVuJson.ReadErrors(r.ErrorsJson), IsError(r.Status) ? fixes.GetValueOrDefault(r.PupilId, GirVuFix.NotFixed) : GirVuFix.None))
            .ToList();
    }

    /// <summary>
    /// Whether each pupil with errors is put right: their current record is built as it would be sent; a different fingerprint
    /// means the data changed, and it is «Исправлено» when the portal's checks pass now.
    /// </summary>
    private static async Task<Dictionary<int, GirVuFix>> FixesAsync(PortalDbContext db, IReadOnlyList<(int PupilId, string Fingerprint)> pupils,
        CancellationToken ct)
    {
        var fixes = new Dictionary<int, GirVuFix>();
        foreach (var chunk in pupils.Chunk(2_000))
        {
            var ids = chunk.Select(p => p.PupilId).ToList();
            var current = (await GirVuSelection.ReadAsync(db, db.Pupils.Where(p => ids.Contains(p.Id)), ct)).ToDictionary(p => p.Pupil.PupilId, p => p.Pupil);
            foreach (var (pupilId, fingerprint) in chunk)
            {
                fixes[pupilId] = !current.TryGetValue(pupilId, out var now) || GirVuJson.Fingerprint(GirVuPupilRecord.From(now)) == fingerprint
                    ? GirVuFix.NotFixed
                    : GirVuValidation.Check(now).Count == 0 ? GirVuFix.Fixed : GirVuFix.ChangedWithErrors;
            }
        }
        return fixes;
    }

    private static bool IsError(GirVuSubmissionStatus status) => status is GirVuSubmissionStatus.Invalid or GirVuSubmissionStatus.Rejected;
}
