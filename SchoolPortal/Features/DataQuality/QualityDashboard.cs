using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// The dashboard's data, always within the user's scope: a region operator sees the districts, then a district's schools,
/// then a school's rules; a municipal operator starts at their district's schools; a school administrator sees their school.
/// The failing records of a rule link to the card that fixes them. Recalculation: a long operation for the region or a
/// district (with progress), inline for one school.
/// </summary>
public sealed class QualityDashboard(PortalDb portalDb, QualityCalculation calculation, LongOperations operations, TimeProvider clock)
{
    /// <summary>How far back the trend reaches.</summary>
    public const int TrendDays = 120;

    public async Task<QualityView> LoadAsync(int? municipalityId = null, int? schoolId = null, CancellationToken ct = default)
    {
        var user = QualityAccess.Ensure(await portalDb.UserAsync());
        if (!user.Has(Role.RegionOperator | Role.MunicipalOperator))
            (municipalityId, schoolId) = (null, user.SchoolId);
        else if (!user.Has(Role.RegionOperator))
            municipalityId = user.MunicipalityId;
        await using var db = await portalDb.OpenAsync();

        string title;
        if (schoolId is not null)
        {
            var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.ShortName, s.MunicipalityId }).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Школа не найдена или недоступна.");
            (title, municipalityId) = (school.ShortName, school.MunicipalityId);
        }
        else if (municipalityId is not null)
            title = await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId).Select(m => m.Name).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Муниципалитет не найден.");
        else
            title = "Регион";
        var level = schoolId is not null ? QualityLevel.School : municipalityId is not null ? QualityLevel.District : QualityLevel.Region;

        var scores = db.QualityScores.AsNoTracking()
            .Where(q => (municipalityId == null || q.MunicipalityId == municipalityId) && (schoolId == null || q.SchoolId == schoolId));
        var latest = await scores.MaxAsync(q => (DateOnly?)q.ComputedOn, ct);
        if (latest is not { } day)
            return new QualityView(level, title, null, null, municipalityId, schoolId, [], null, [], []);

        var ofDay = scores.Where(q => q.ComputedOn == day);
        var computedAt = await ofDay.MaxAsync(q => (DateTimeOffset?)q.ComputedAt, ct);
        var byRule = await ofDay.GroupBy(q => q.RuleCode)
            .Select(g => new { g.Key, Checked = g.Sum(q => q.Checked), Failing = g.Sum(q => q.Failing) }).ToListAsync(ct);
        var total = QualityRow.Of(0, "Итого", byRule.Select(r => (r.Key, r.Checked, r.Failing)));
        var rules = level != QualityLevel.School ? [] : QualityRules.All
            .Select(rule => byRule.FirstOrDefault(r => r.Key == rule.Code) is { } r ? new QualityRuleRow(rule, new(r.Checked, r.Failing)) : null)
            .OfType<QualityRuleRow>().ToList();
        var rows = level switch
        {
            QualityLevel.Region => await RowsAsync(ofDay.Select(q => new ScoreCount { Id = q.MunicipalityId, RuleCode = q.RuleCode, Checked = q.Checked, Failing = q.Failing }),
                () => db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct), ct),
            QualityLevel.District => await RowsAsync(ofDay.Select(q => new ScoreCount { Id = q.SchoolId, RuleCode = q.RuleCode, Checked = q.Checked, Failing = q.Failing }),
                () => db.Schools.AsNoTracking().Where(s => s.MunicipalityId == municipalityId).Select(s => new { s.Id, s.ShortName })
                    .ToDictionaryAsync(s => s.Id, s => s.ShortName, ct), ct),
            _ => [],
        };

        var from = day.AddDays(-TrendDays);
        var trend = (await scores.Where(q => q.ComputedOn >= from).GroupBy(q => new { q.ComputedOn, q.RuleCode })
                .Select(g => new { g.Key.ComputedOn, g.Key.RuleCode, Checked = g.Sum(q => q.Checked), Failing = g.Sum(q => q.Failing) })
                .ToListAsync(ct))
            .GroupBy(t => t.ComputedOn).OrderBy(g => g.Key)
            .Select(g => QualityRow.Of(0, "", g.Select(t => (t.RuleCode, t.Checked, t.Failing))) is var r ? new QualityTrendPoint(g.Key, r.Groups, r.Overall) : null!)
            .ToList();
        return new QualityView(level, title, day, computedAt, municipalityId, schoolId, rows, total, rules, trend);
    }

    /// <summary>The rows of a table: the day's counts summed per district or school (<see cref="ScoreCount.Id"/>) and rule.</summary>
    private static async Task<IReadOnlyList<QualityRow>> RowsAsync(IQueryable<ScoreCount> scores, Func<Task<Dictionary<int, string>>> names,
        CancellationToken ct)
    {
        var counts = await scores.GroupBy(c => new { c.Id, c.RuleCode })
            .Select(g => new { g.Key.Id, g.Key.RuleCode, Checked = g.Sum(c => c.Checked), Failing = g.Sum(c => c.Failing) }).ToListAsync(ct);
        var named = await names();
        return counts.GroupBy(c => c.Id)
            .Select(g => QualityRow.Of(g.Key, named.GetValueOrDefault(g.Key, $"№ {g.Key}"), g.Select(c => (c.RuleCode, c.Checked, c.Failing))))
            .OrderBy(r => r.Name, StringComparer.Create(CardCalendar.Russian, ignoreCase: true))
            .ToList();
    }

    /// <summary>The records of a school that fail a rule today, each with the card that fixes it.</summary>
    public async Task<IReadOnlyList<QualityRecord>> FailingAsync(int schoolId, string ruleCode, CancellationToken ct = default)
    {
        QualityAccess.Ensure(await portalDb.UserAsync());
        var rule = QualityRules.Find(ruleCode) ?? throw new DomainException($"Проверки «{ruleCode}» нет.");
        await using var db = await portalDb.OpenAsync();
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, ct))
            throw new DomainException("Школа не найдена или недоступна.");
        return await QualityFailing.ListAsync(db, new QualitySources(db, CardCalendar.Today(clock)), schoolId, rule, ct);
    }

    /// <summary>
    /// Recalculates the user's scope: a region or district operator gets a long operation to watch (its id); a school
    /// administrator's school is recalculated at once (null).
    /// </summary>
    public async Task<Guid?> RecomputeAsync(CancellationToken ct = default)
    {
        var user = QualityAccess.Ensure(await portalDb.UserAsync());
        if (user.Has(Role.RegionOperator))
            return await operations.StartAsync(QualityOperationHandler.OperationKind);
        if (user.Has(Role.MunicipalOperator) && user.MunicipalityId is { } m)
            return await operations.StartAsync(QualityOperationHandler.OperationKind, m.ToString());
        if (user.SchoolId is not { } s)
            throw new AccessDeniedException("Пересчитать можно только свою школу, муниципалитет или регион.");
        await calculation.RunAsync(QualityScope.School(s), null, ct);
        return null;
    }

    /// <summary>The user's latest recalculation still to watch (a page opened again finds it).</summary>
    public async Task<OperationView?> LatestOperationAsync()
    {
        QualityAccess.Ensure(await portalDb.UserAsync());
        return await operations.LatestAsync(QualityOperationHandler.OperationKind);
    }

    public async Task<ReportFile> ExportTableAsync(QualityView view)
    {
        QualityAccess.Ensure(await portalDb.UserAsync());
        var name = ReportFile.SafeName($"Качество данных — {view.Title} — {CardCalendar.Format(view.ComputedOn)}.xlsx");
        return new ReportFile(name, QualityWorkbook.Table(view));
    }

    public async Task<ReportFile> ExportFailingAsync(string schoolName, QualityRule rule, IReadOnlyList<QualityRecord> records)
    {
        QualityAccess.Ensure(await portalDb.UserAsync());
        var today = CardCalendar.Today(clock);
        var name = ReportFile.SafeName($"Качество данных — {schoolName} — {rule.Code} — {CardCalendar.Format(today)}.xlsx");
        return new ReportFile(name, QualityWorkbook.Failing(schoolName, rule, records, today));
    }
}
