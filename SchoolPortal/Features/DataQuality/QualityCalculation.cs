using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// Computes the scores of a region, a district or a school for today and stores them: the day's rows of the schools in
/// the scope are replaced in one transaction, so a rerun the same day gives the same rows (idempotent), and a school's
/// rerun leaves the other schools' rows as they were. Callers check access; this acts for the system.
/// </summary>
public sealed class QualityCalculation(IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    public static int Steps => QualityCounter.RuleCount + 1;

    /// <param name="progress">Called before each rule with the rules done so far and the rule's title.</param>
    public async Task<QualityRunResult> RunAsync(QualityScope scope, Func<int, string, Task>? progress = null, CancellationToken ct = default)
    {
        var today = CardCalendar.Today(clock);
        var at = clock.GetUtcNow();
        IReadOnlyList<RuleCount> counts;
        List<(int Id, int MunicipalityId)> schools;
        await using (var read = factory.CreateDbContext().UseScope(scope.Access, AuditActor.System))
        {
            read.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            schools = (await read.Schools.AsNoTracking().Where(s => scope.SchoolId == null || s.Id == scope.SchoolId)
                    .Select(s => new { s.Id, s.MunicipalityId }).ToListAsync(ct))
                .Select(s => (s.Id, s.MunicipalityId)).ToList();
            counts = await QualityCounter.CountAsync(new QualitySources(read, today), progress ?? ((_, _) => Task.CompletedTask), ct);
        }

        var byKey = counts.ToDictionary(c => (c.SchoolId, c.RuleCode));
        var rows = schools.SelectMany(s => QualityRules.All.Select(r => byKey.TryGetValue((s.Id, r.Code), out var c)
                ? new QualityScore(today, at, s.MunicipalityId, s.Id, r.Code, c.Checked, c.Failing)
                : new QualityScore(today, at, s.MunicipalityId, s.Id, r.Code, 0, 0)))
            .ToList();

        // System scope: scores are stored for every school of the calculated scope, checked when the operation started.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.QualityScores.Where(q => q.ComputedOn == today
                && (scope.MunicipalityId == null || q.MunicipalityId == scope.MunicipalityId)
                && (scope.SchoolId == null || q.SchoolId == scope.SchoolId))
            .ExecuteDeleteAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.QualityScores.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new QualityRunResult(today, schools.Count, rows.Count);
    }
}
