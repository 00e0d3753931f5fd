using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// Camp applications from Gosuslugi (service 600173), as the EPGU inbox delivers them: the values checked (a wrong SNILS or
/// document sets the message aside with its errors, like a malformed one); the child found in the region's records by birth
/// certificate or SNILS with the birth date, and the applicant among the parents linked to that child by SNILS or identity
/// document; then filed through <see cref="CampFilingService.FromEpguAsync"/>, which gives a place or the reserve at once.
/// A family that cannot be identified exactly, or a filing the rules refuse, is refused back to EPGU with the reason and
/// nothing is filed: the portal never guesses. Idempotent by the EPGU order id: an order filed or answered before is only
/// moved out of the inbox.
/// </summary>
public sealed class CampEpguIntake(IDbContextFactory<PortalDbContext> factory, CampFilingService filing, IEpguEnrollmentGateway gateway,
    TimeProvider clock) : IEpguCampIntake
{
    public const int ChunkSize = 1000;

    /// <summary>Status messages handed over per run at most (the rest go next run).</summary>
    public const int MaxStatusesPerRun = 20_000;

    public const string ChildNotFound =
        "ребенок не найден в записях школ региона: ни свидетельство о рождении, ни СНИЛС вместе с датой рождения не совпадают с данными " +
        "обучающегося. Обратитесь в школу, где учится ребенок, чтобы проверить эти сведения, и подайте заявление снова.";

    public const string ChildAmbiguous =
        "в записях школ региона несколько обучающихся с этими документами и датой рождения, и заявление нельзя отнести к одному ребенку. " +
        "Обратитесь в школу, где учится ребенок.";

    public const string ChildConflict =
        "свидетельство о рождении и СНИЛС ребенка в заявлении расходятся с записью обучающегося в школе. Проверьте документы ребенка " +
        "на Госуслугах и в школе и подайте заявление снова.";

    public const string ApplicantNotLinked =
        "заявитель не найден среди родителей (законных представителей), связанных с ребенком в записях школы: СНИЛС и документ, " +
        "удостоверяющий личность, не совпадают ни с одним из них. Обратитесь в школу, где учится ребенок, чтобы проверить ваши данные " +
        "и связь с ребенком, и подайте заявление снова.";

    public const string ApplicantAmbiguous =
        "у ребенка в записях школы несколько записей родителя с этими данными, и заявление нельзя отнести к одной из них. " +
        "Обратитесь в школу, чтобы объединить записи родителя.";

    public async Task<EpguCampIntakeResult> TakeAsync(IReadOnlyList<EpguInboxItem> items, CancellationToken ct)
    {
        int filed = 0, already = 0, refused = 0, setAside = 0;
        foreach (var chunk in items.Where(i => i.Camp is not null).Chunk(ChunkSize))
        {
            var answered = await AnsweredAsync(chunk.Select(i => i.Camp!.OrderId).ToList(), ct);
            foreach (var item in chunk)
            {
                var message = item.Camp!;
                if (!answered.Add(message.OrderId))
                {
                    gateway.MarkProcessed(item);
                    already++;
                    continue;
                }
                var keys = EpguCampMapper.Keys(message);
                if (keys.Value is not { } found)
                {
                    await gateway.MarkRejectedAsync(item, keys.Errors, ct);
                    setAside++;
                    continue;
                }
                switch (await FileAsync(found, ct))
                {
                    case Outcome.Filed:
                        filed++;
                        break;
                    case Outcome.Already:
                        already++;
                        break;
                    default:
                        refused++;
                        break;
                }
                // Moved only after the application (or the refusal) is committed: a crash in between leaves the file, and the
                // next run finds its order answered and only moves it.
                gateway.MarkProcessed(item);
            }
        }
        return new EpguCampIntakeResult(filed, already, refused, setAside);
    }

    /// <summary>Hands the unsent camp status messages to EPGU, oldest first, each marked sent once written.</summary>
    public async Task<int> SendStatusesAsync(CancellationToken ct)
    {
        // System scope: the outbox holds the messages of every district; the job sends them all, with no user.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var waiting = await db.CampEpguMessages.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.Id).Take(MaxStatusesPerRun).ToListAsync(ct);
        foreach (var chunk in waiting.Chunk(ChunkSize))
        {
            foreach (var row in chunk)
                await gateway.WriteStatusAsync(new EpguStatusReport(EpguEnrollmentFormat.Status, EpguEnrollmentFormat.Version,
                    row.EpguOrderId, row.Code, row.Comment, row.CreatedAt), ct);
            var ids = chunk.Select(m => m.Id).ToList();
            var at = clock.GetUtcNow();
            await db.CampEpguMessages.Where(m => ids.Contains(m.Id) && m.SentAt == null).ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, at), ct);
        }
        return waiting.Count;
    }

    private enum Outcome
    {
        Filed,
        Already,
        Refused,
    }

    private async Task<Outcome> FileAsync(EpguCampKeys keys, CancellationToken ct)
    {
        var (family, refusal) = await IdentifyAsync(keys, ct);
        if (family is not { } f)
        {
            await RefuseAsync(keys.OrderId, refusal!, ct);
            return Outcome.Refused;
        }
        try
        {
            await filing.FromEpguAsync(new CampRequest(f.PupilId, keys.Shifts, keys.Priority, keys.PriorityDocument), f.ParentId, keys.OrderId, ct);
            return Outcome.Filed;
        }
        catch (DomainException e)
        {
            // The filing's rules (booking not open yet, the child's age, a repeated application, a shift unknown): the parent is told why.
            await RefuseAsync(keys.OrderId, Lower(e.Message), ct);
            return Outcome.Refused;
        }
        catch (DbUpdateException)
        {
            // Another reader filed the same order meanwhile: the unique index on the order id kept it to one application.
            if (await FiledAsync(keys.OrderId, ct))
                return Outcome.Already;
            throw;
        }
    }

    /// <summary>The child (exactly one enrolled pupil) and the applicant (exactly one parent linked to it), or why not.</summary>
    private async Task<((int PupilId, int ParentId)? Family, string? Refusal)> IdentifyAsync(EpguCampKeys keys, CancellationToken ct)
    {
        // System scope: EPGU names no school; the child and the parent are looked up region-wide by their documents.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var snils = keys.ChildSnils;
        var series = keys.ChildCertificate?.Series;
        var number = keys.ChildCertificate?.Number;
        var candidates = await db.Pupils.AsNoTracking()
            .Where(p => p.BirthDate == keys.ChildBirthDate && p.Status == PupilStatus.Enrolled
                && ((number != null && p.BirthCertificate != null && p.BirthCertificate.Number == number && p.BirthCertificate.Series == series)
                    || (snils != null && p.Snils == snils)))
            .Select(p => new { p.Id, p.Snils, Series = p.BirthCertificate == null ? null : p.BirthCertificate.Series,
                Number = p.BirthCertificate == null ? null : p.BirthCertificate.Number })
            .Take(10).ToListAsync(ct);
        if (candidates.Count == 0)
            return (null, ChildNotFound);
        if (candidates.Count > 1)
            return (null, AllAgree() ? ChildAmbiguous : ChildConflict);
        var child = candidates[0];
        // Both sides hold a document and they differ: the message and the record are not about the same child for sure.
        if (snils is not null && child.Snils is not null && child.Snils != snils
            || number is not null && child.Number is not null && (child.Number != number || child.Series != series))
            return (null, ChildConflict);

        var parents = await (from link in db.ParentLinks.AsNoTracking()
                             where link.PupilId == child.Id
                             join parent in db.Parents.AsNoTracking() on link.ParentId equals parent.Id
                             where parent.DeletedAt == null && parent.MergedIntoId == null
                             select new { parent.Id, parent.Snils, Series = parent.Document == null ? null : parent.Document.Series,
                                 Number = parent.Document == null ? null : parent.Document.Number })
            .ToListAsync(ct);
        var applicantSnils = keys.ApplicantSnils;
        var document = keys.ApplicantDocument;
        var matching = parents.Where(p => applicantSnils is not null && p.Snils == applicantSnils
                || document is not null && p.Number == document.Number && p.Series == document.Series)
            .Select(p => p.Id).Distinct().ToList();
        return matching.Count switch
        {
            1 => ((child.Id, matching[0]), null),
            0 => (null, ApplicantNotLinked),
            _ => (null, ApplicantAmbiguous),
        };

        // Several pupils each matching on every document both sides hold: duplicate records of one child, or two children.
        bool AllAgree() => candidates.All(c => (snils is null || c.Snils is null || c.Snils == snils)
            && (number is null || c.Number is null || (c.Number == number && c.Series == series)));
    }

    private async Task RefuseAsync(long orderId, string reason, CancellationToken ct)
    {
        // System scope: a refusal at the intake belongs to no application, school or district.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        db.CampEpguMessages.Add(CampEpguMessage.Refusal(orderId, reason, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The orders of <paramref name="orderIds"/> already filed or refused.</summary>
    private async Task<HashSet<long>> AnsweredAsync(IReadOnlyList<long> orderIds, CancellationToken ct)
    {
        // System scope: an order id is unique across the region.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var filed = await db.CampApplications.Where(a => a.EpguOrderId != null && orderIds.Contains(a.EpguOrderId.Value))
            .Select(a => a.EpguOrderId!.Value).ToListAsync(ct);
        var answered = await db.CampEpguMessages.Where(m => orderIds.Contains(m.EpguOrderId)).Select(m => m.EpguOrderId).ToListAsync(ct);
        return filed.Concat(answered).ToHashSet();
    }

    private async Task<bool> FiledAsync(long orderId, CancellationToken ct)
    {
        // System scope: as above.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        return await db.CampApplications.AnyAsync(a => a.EpguOrderId == orderId, ct);
    }

    /// <summary>A domain message continues «Отказано в приеме заявления на путевку: …»: its first letter in lower case.</summary>
    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
