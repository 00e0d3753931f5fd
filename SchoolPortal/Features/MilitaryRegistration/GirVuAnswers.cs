using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.GirVu;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>
/// Reads the resource's responses from the gateway and records them: each pupil of the package accepted or rejected (with
/// the resource's codes and texts), the package answered, or failed when the resource refused it whole. Each file is archived
/// once recorded. A file that is not a response, or answers a package the portal does not know, is put aside as unreadable
/// and reported; it never stops the others. Applying a response again changes nothing, so two readers may race safely.
/// </summary>
public sealed class GirVuAnswers(IDbContextFactory<PortalDbContext> factory, IGirVuGateway gateway, TimeProvider clock, ILogger<GirVuAnswers> log)
{
    public const string JobId = "girvu-responses";

    /// <summary>The recurring job's entry (Hangfire): reads whatever is in the inbox.</summary>
    public async Task RunAsync(CancellationToken ct) => log.LogInformation("{Result}", await ReadInboxAsync(ct));

    public async Task<GirVuInboxResult> ReadInboxAsync(CancellationToken ct = default)
    {
        var applied = 0;
        var problems = new List<string>();
        foreach (var received in await gateway.ReceiveAsync(ct))
        {
            var problem = received.Response is { } response ? await ApplyAsync(response, ct) : received.Problem;
            if (problem is null)
            {
                applied++;
                gateway.Archive(received);
                continue;
            }
            log.LogWarning("ГИР ВУ: файл ответа {Name} не прочитан: {Problem}", received.Name, problem);
            problems.Add($"{received.Name}: {problem}");
            gateway.Archive(received with { Problem = problem });
        }
        return new GirVuInboxResult(applied, problems);
    }

    /// <returns>Null when recorded; else why the response cannot be recorded.</returns>
    private async Task<string?> ApplyAsync(GirVuResponse response, CancellationToken ct)
    {
        // System scope: ГИР ВУ answers arrive for the whole region with no signed-in user; each is matched to its own package.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var exchange = await db.GirVuExchanges.SingleOrDefaultAsync(e => e.PackageId == response.PackageId, ct);
        if (exchange is null)
            return $"ответ на пакет {response.PackageId}, которого портал не отправлял";
        var now = clock.GetUtcNow();
        if (response.Status == GirVuFormat.Refused)
        {
            exchange.Failed($"ГИР ВУ не принял пакет: {(string.IsNullOrWhiteSpace(response.Error) ? "причина не указана" : response.Error)}");
            await db.SaveChangesAsync(ct);
            return null;
        }
        var submissions = await db.GirVuSubmissions
            .Where(s => s.ExchangeId == exchange.Id && s.Status != GirVuSubmissionStatus.Invalid)
            .ToDictionaryAsync(s => s.PupilId, ct);
        var strangers = response.Results.Where(r => !submissions.ContainsKey(r.RecordId)).Select(r => r.RecordId).ToList();
        if (strangers.Count > 0)
            return $"в ответе записи, которых не было в пакете {response.PackageId}: {string.Join(", ", strangers.Take(10))}";
        foreach (var result in response.Results)
            submissions[result.RecordId].Answer(result.IsAccepted, GirVuJson.Errors(result.Errors ?? []), now);
        exchange.Answered(now, submissions.Values.Count(s => s.Status == GirVuSubmissionStatus.Accepted),
            submissions.Values.Count(s => s.Status == GirVuSubmissionStatus.Rejected));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
