using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Domain.Epgu;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// Publishes each ready child's portfolio to EPGU, only when it changed: the snapshot's hash is compared with the one last
/// sent (<see cref="EpguPublication"/>), so a second run on the same data sends nothing. Children go in batches of
/// <see cref="EpguOptions.BatchSize"/>: their publication records are read and saved together, the class averages are
/// computed once per class for the whole run. A child that fails is reported and tried again next time; the others go on.
/// </summary>
public sealed class EpguPublicationJob(IDbContextFactory<PortalDbContext> factory, IEpguReadiness readiness, IEpguGateway gateway,
    EpguOptions options, TimeProvider clock, ILogger<EpguPublicationJob> log)
{
    public const string JobId = "epgu-publication";

    public async Task<EpguRunResult> RunAsync(CancellationToken ct)
    {
        var today = CardCalendar.Today(clock);
        var ready = (await readiness.ReadyPupilIdsAsync(ct)).Order().ToList();
        var averages = ClassAverages.ForOneRun();
        int sent = 0, unchanged = 0;
        var failures = new List<EpguFailure>();
        foreach (var batch in ready.Chunk(Math.Max(1, options.BatchSize)))
        {
            // System scope: the recurring publication job works for the whole region, with no signed-in user.
            await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
            var published = await db.EpguPublications.Where(p => batch.Contains(p.PupilId)).ToDictionaryAsync(p => p.PupilId, ct);
            var children = await ChildrenAsync(db, batch, ct);
            foreach (var pupilId in batch)
            {
                try
                {
                    if (!children.TryGetValue(pupilId, out var who))
                        throw new InvalidOperationException("ученик не найден");
                    // System scope: the recurring publication job works for the whole region, with no signed-in user.
                    await using var read = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
                    var portfolio = await PortfolioQuery.BuildAsync(read, pupilId, today, averages, ct)
                        ?? throw new InvalidOperationException("ученик не найден");
                    var snapshot = EpguSnapshots.From(who.Child, who.School, portfolio);
                    var hash = EpguJson.Hash(snapshot);
                    published.TryGetValue(pupilId, out var last);
                    if (last?.Hash == hash)
                    {
                        unchanged++;
                        continue;
                    }
                    var now = clock.GetUtcNow();
                    await gateway.SendAsync(new EpguMessage(EpguMessage.FormatVersion, Guid.NewGuid(), now, (last?.Version ?? 0) + 1,
                        portfolio.Holidays.Days, snapshot), ct);
                    if (last is null)
                        db.EpguPublications.Add(new EpguPublication(pupilId, hash, now));
                    else
                        last.Republish(hash, now);
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "ЕПГУ: портфолио ученика {PupilId} не отправлено", pupilId);
                    failures.Add(new EpguFailure(pupilId, e.Message));
                }
            }
            // What was sent is recorded per batch; a crash before this line re-sends the batch's messages with the same versions.
            await db.SaveChangesAsync(ct);
        }
        var result = new EpguRunResult(ready.Count, sent, unchanged, failures);
        log.LogInformation("ЕПГУ, публикация портфолио: {Result}", result);
        return result;
    }

    private static async Task<Dictionary<int, (EpguChild Child, EpguSchool School)>> ChildrenAsync(PortalDbContext db, int[] batch,
        CancellationToken ct)
    {
        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => batch.Contains(p.Id))
            .Select(p => new { p.Id, p.SchoolId, p.Name, p.BirthDate, p.Snils, p.BirthCertificate, p.Passport })
            .ToListAsync(ct);
        var schoolIds = pupils.Select(p => p.SchoolId).Distinct().ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id))
            .Select(s => new { s.Id, s.FullName, s.ShortName, s.Inn, s.Ogrn })
            .ToDictionaryAsync(s => s.Id, s => new EpguSchool(s.Id, s.FullName, s.ShortName, s.Inn.Value, s.Ogrn.Value), ct);
        return pupils.ToDictionary(p => p.Id, p => (
            new EpguChild(p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.BirthDate, p.Snils?.Value,
                p.BirthCertificate is { } c ? new EpguDocument(c.Series, c.Number) : null,
                p.Passport is { } d ? new EpguDocument(d.Series, d.Number) : null),
            schools[p.SchoolId]));
    }
}
