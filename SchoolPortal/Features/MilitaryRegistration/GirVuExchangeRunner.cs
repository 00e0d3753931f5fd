using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.GirVu;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>
/// One exchange run for a scope, acting for the system (the requester's access is checked before, see
/// <see cref="GirVuExchangeHandler"/>): the cohort is selected with one projection, each pupil is checked
/// (<see cref="GirVuValidation"/>), and each school gets a package of the pupils who passed and changed since they were last
/// accepted (same fingerprint: not sent again). The packages and their submissions are written in batches of schools,
/// then handed to the gateway; a package the gateway refuses is marked failed and its pupils go again next run.
/// </summary>
public sealed class GirVuExchangeRunner(IDbContextFactory<PortalDbContext> factory, IGirVuGateway gateway, TimeProvider clock,
    ILogger<GirVuExchangeRunner> log)
{
    /// <summary>Schools whose packages are written in one save.</summary>
    public const int SchoolsPerBatch = 100;

    public async Task<GirVuRunResult> RunAsync(GirVuScope scope, AuditActor actor, Func<int, int, Task>? progress = null, CancellationToken ct = default)
    {
        var runId = Guid.NewGuid();
        var createdAt = clock.GetUtcNow();
        var cohort = GirVuCohort.Of(CardCalendar.Today(clock));
        List<GirVuSchool> schools;
        ILookup<int, GirVuPupil> bySchool;
        Dictionary<int, string> accepted;
        await using (var db = Open(actor))
        {
            schools = (await GirVuSelection.Schools(db, scope).ToListAsync(ct))
                .OrderBy(s => s.Municipality, StringComparer.Ordinal).ThenBy(s => s.ShortName, StringComparer.Ordinal).ToList();
            var pupils = GirVuSelection.Cohort(db, scope, cohort);
            bySchool = (await GirVuSelection.ReadAsync(db, pupils, ct)).ToLookup(p => p.SchoolId, p => p.Pupil);
            accepted = await LastAcceptedAsync(db, pupils, ct);
        }
        schools = schools.Where(s => bySchool.Contains(s.SchoolId)).ToList();

        int selected = 0, sent = 0, invalid = 0, unchanged = 0, failed = 0, done = 0;
        foreach (var batch in schools.Chunk(SchoolsPerBatch))
        {
            var packages = new List<(GirVuExchange Exchange, GirVuPackage Package)>();
            await using var db = Open(actor);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var submissions = new List<(GirVuExchange Exchange, List<Checked> Pupils)>();
            foreach (var school in batch)
            {
                var records = new List<GirVuPupilRecord>();
                var pupils = new List<Checked>();
                var held = 0;
                var same = 0;
                foreach (var pupil in bySchool[school.SchoolId])
                {
                    var record = GirVuPupilRecord.From(pupil);
                    var fingerprint = GirVuJson.Fingerprint(record);
                    var errors = GirVuValidation.Check(pupil);
                    if (errors.Count > 0)
                    {
                        held++;
                        pupils.Add(new(pupil.PupilId, fingerprint, GirVuSubmissionStatus.Invalid, GirVuJson.Errors(errors)));
                    }
                    else if (accepted.GetValueOrDefault(pupil.PupilId) == fingerprint)
                        same++;
                    else
                    {
                        records.Add(record);
                        pupils.Add(new(pupil.PupilId, fingerprint, GirVuSubmissionStatus.Sent, null));
                    }
                }
                var exchange = new GirVuExchange(runId, Guid.NewGuid(), school.SchoolId, school.MunicipalityId, createdAt, GirVuFormat.Version,
                    records.Count, held, same);
                // Nothing to send: there will be no answer to wait for.
                if (records.Count == 0)
                    exchange.Answered(createdAt, 0, 0);
                db.GirVuExchanges.Add(exchange);
                submissions.Add((exchange, pupils));
                if (records.Count > 0)
                    packages.Add((exchange, new GirVuPackage(GirVuFormat.Package, GirVuFormat.Version, exchange.PackageId, runId, createdAt, cohort.Year,
                        new GirVuSchoolRecord(school.Inn, school.Ogrn, school.FullName, school.ShortName, school.Address, school.Municipality), records)));
                selected += records.Count + held + same;
                sent += records.Count;
                invalid += held;
                unchanged += same;
            }
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await db.SaveChangesAsync(ct);
                db.GirVuSubmissions.AddRange(submissions.SelectMany(s => s.Pupils.Select(p =>
                    new GirVuSubmission(s.Exchange.Id, s.Exchange.SchoolId, p.PupilId, p.Fingerprint, p.Status, p.Errors))));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            db.ChangeTracker.Clear();

            // Recorded first, handed over second: the stand-in or the transport may answer at once, and the answer must find its package.
            foreach (var (exchange, package) in packages)
            {
                try
                {
                    await gateway.SendAsync(package, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "ГИР ВУ: пакет {PackageId} школы {SchoolId} не передан", package.PackageId, exchange.SchoolId);
                    failed++;
                    exchange.Failed($"Пакет не передан: {e.Message}");
                    db.Attach(exchange).Property(x => x.State).IsModified = true;
                    db.Entry(exchange).Property(x => x.Error).IsModified = true;
                }
            }
            if (db.ChangeTracker.HasChanges())
                await db.SaveChangesAsync(ct);
            done += batch.Length;
            if (progress is not null)
                await progress(done, schools.Count);
        }
        var result = new GirVuRunResult(runId, schools.Count, selected, sent, invalid, unchanged, failed);
        log.LogInformation("ГИР ВУ, выгрузка {RunId} ({Scope}): {Result}", runId, scope.Describe, result);
        return result;
    }

    /// <summary>
    /// The fingerprint of each pupil's last accepted submission: what the resource holds for them. A pupil whose current
    /// record has this fingerprint is not sent again.
    /// </summary>
    private static async Task<Dictionary<int, string>> LastAcceptedAsync(PortalDbContext db, IQueryable<Domain.Pupils.Pupil> pupils, CancellationToken ct)
    {
        var rows = await db.GirVuSubmissions.AsNoTracking()
            .Where(s => s.Status == GirVuSubmissionStatus.Accepted && pupils.Any(p => p.Id == s.PupilId))
            .Select(s => new { s.PupilId, s.Id, s.Fingerprint })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.PupilId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.Fingerprint);
    }

    private sealed record Checked(int PupilId, string Fingerprint, GirVuSubmissionStatus Status, string? Errors);

    // System scope: the exchange runs as a background operation whose scope was checked when it was started (GirVuExchangeHandler).
    private PortalDbContext Open(AuditActor actor) => factory.CreateDbContext().UseScope(AccessScope.System, actor);
}
