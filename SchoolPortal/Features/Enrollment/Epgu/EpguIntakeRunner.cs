using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Features.Enrollment.Epgu;

/// <summary>
/// Reads the EPGU inbox and stores each application at its school: mapped and checked by the domain, its address matched
/// to the school's assigned territory, a transfer linked to the child's card in the region, a repeated grade-1 application
/// marked as the duplicate of the first. Reading is idempotent by the EPGU order id: a message stored before (a crash between
/// saving and moving the file, or the same order sent twice) is moved out and adds nothing. A message that cannot be taken
/// is set aside with its errors; the others go on. Camp applications (service 600173) arriving in the same inbox are handed
/// to <c>camps</c> («Летний отдых»). Then the status messages waiting in the outbox are handed to EPGU.
/// </summary>
public sealed class EpguIntakeRunner(IDbContextFactory<PortalDbContext> factory, IEpguEnrollmentGateway gateway, TimeProvider clock,
    ILogger<EpguIntakeRunner> log, IEpguCampIntake? camps = null)
{
    public const string JobId = "epgu-enrollment-intake";

    /// <summary>Applications saved per transaction.</summary>
    public const int ChunkSize = 1000;

    /// <summary>Status messages handed over per run at most (the rest go next run).</summary>
    public const int MaxStatusesPerRun = 20_000;

    public async Task<EpguIntakeResult> RunAsync(CancellationToken ct = default)
    {
        var batch = await gateway.ReadInboxAsync(ct);
        var items = batch.Readable.ToList();
        int stored = 0, duplicates = 0, already = 0, rejected = batch.SetAside.Count();
        if (items.Count > 0)
        {
            var context = await IntakeContext.LoadAsync(factory, items, ct);
            // Two passes: the first application of each child is stored before any repeat of it, so a repeat in the same
            // batch finds its original (with the id it is marked a duplicate of).
            var firsts = items.GroupBy(i => ChildKey(i.Message!)).Select(g => g.First()).ToHashSet();
            foreach (var pass in new[] { items.Where(firsts.Contains).ToList(), items.Where(i => !firsts.Contains(i)).ToList() })
                foreach (var chunk in pass.Chunk(ChunkSize))
                {
                    var (s, d, a, r) = await StoreAsync(chunk, context, ct);
                    (stored, duplicates, already, rejected) = (stored + s, duplicates + d, already + a, rejected + r);
                }
        }
        var sent = await SendStatusesAsync(ct);
        // Camp applications after the enrollment statuses are handed over: a failure among them does not hold those back.
        var campResult = await TakeCampsAsync(batch.Camps.ToList(), ct);
        if (camps is not null)
            sent += await camps.SendStatusesAsync(ct);
        var result = new EpguIntakeResult(stored, duplicates, already, rejected, sent, batch.MoreWaiting, campResult);
        if (batch.Items.Count > 0 || sent > 0)
            log.LogInformation("Заявления ЕПГУ: {Result}", result.ToString());
        return result;
    }

    private async Task<(int Stored, int Duplicates, int Already, int Rejected)> StoreAsync(IReadOnlyList<EpguInboxItem> chunk, IntakeContext context,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // System scope: the EPGU intake is the region's exchange, run by the job with no user; each message names its school.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        // Only new rows are added here: nothing tracked changes, so the change scan before each save is not needed.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var orderIds = chunk.Select(i => i.Message!.OrderId).ToList();
        var known = (await db.EnrollmentApplications.IgnoreQueryFilters().Where(a => a.EpguOrderId != null && orderIds.Contains(a.EpguOrderId.Value))
            .Select(a => a.EpguOrderId!.Value).ToListAsync(ct)).ToHashSet();
        var earlier = await RepeatedApplications.ActiveFirstGradeAsync(db, IntakeContext.CertificateNumbers(chunk), ct);
        var taken = new List<(EpguInboxItem Item, EnrollmentApplication Application)>();
        var toReject = new List<(EpguInboxItem Item, IReadOnlyList<EpguMessageError> Errors)>();
        var alreadyItems = new List<EpguInboxItem>();
        var duplicates = 0;
        foreach (var item in chunk)
        {
            var message = item.Message!;
            if (!known.Add(message.OrderId))
            {
                alreadyItems.Add(item);
                continue;
            }
            if (context.SchoolOf(message) is not { } schoolId)
            {
                toReject.Add((item, [EpguApplicationMapper.UnknownSchool(message.EduOrganization.Code)]));
                continue;
            }
            var mapped = EpguApplicationMapper.Map(message, schoolId, context.NextNumber(schoolId, EpguApplicationMapper.YearOf(message.EntryDate)), now);
            if (mapped.Value is not { } application)
            {
                toReject.Add((item, mapped.Errors));
                continue;
            }
            application.MatchTerritory(context.MatcherOf(schoolId));
            if (application.Kind == ApplicationKind.Transfer && context.PupilOf(application.ChildDocument) is { } pupilId)
                application.LinkPupil(pupilId);
            if (application.Kind == ApplicationKind.FirstGrade && earlier.FirstOrDefault(application.IsSameChildAs) is { } original)
            {
                application.MarkDuplicateOf(original.Id, original.Number, EpguApplicationMapper.By, now);
                duplicates++;
            }
            taken.Add((item, application));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.EnrollmentApplications.AddRange(taken.Select(t => t.Application));
            await db.SaveChangesAsync(ct);
            // The outbox rows name the applications' ids, known once they are saved: «получено» (or the duplicate's refusal).
            db.EpguStatusMessages.AddRange(taken.Select(t => EpguStatusMessage.For(t.Application, now)!));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        // Files are moved only after the rows are committed: a crash in between leaves them in the inbox, and the next
        // run finds their order ids stored and only moves them.
        foreach (var item in taken.Select(t => t.Item).Concat(alreadyItems))
            gateway.MarkProcessed(item);
        foreach (var (item, errors) in toReject)
            await gateway.MarkRejectedAsync(item, errors, ct);
        return (taken.Count, duplicates, alreadyItems.Count, toReject.Count);
    }

    private async Task<EpguCampIntakeResult> TakeCampsAsync(IReadOnlyList<EpguInboxItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
            return EpguCampIntakeResult.None;
        if (camps is not null)
            return await camps.TakeAsync(items, ct);
        // A host without «Летний отдых» sets them aside with the reason rather than losing them.
        foreach (var item in items)
            await gateway.MarkRejectedAsync(item, [new("format", "заявления на путевки в лагеря (услуга 600173) этот портал не принимает.")], ct);
        return new EpguCampIntakeResult(0, 0, 0, items.Count);
    }

    /// <summary>Hands the outbox's unsent status messages to EPGU, oldest first, each marked sent once written.</summary>
    public async Task<int> SendStatusesAsync(CancellationToken ct = default)
    {
        // System scope: the outbox holds the status messages of every school; the job sends them all, with no user.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var waiting = await db.EpguStatusMessages.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.Id).Take(MaxStatusesPerRun).ToListAsync(ct);
        foreach (var chunk in waiting.Chunk(ChunkSize))
        {
            foreach (var row in chunk)
                await gateway.WriteStatusAsync(new EpguStatusReport(EpguEnrollmentFormat.Status, EpguEnrollmentFormat.Version,
                    row.EpguOrderId, row.Code, Truncated(row.Comment), row.CreatedAt), ct);
            // Marked sent in one statement once the chunk is handed over; one sent already keeps its first time (as MarkSent).
            var ids = chunk.Select(m => m.Id).ToList();
            var at = clock.GetUtcNow();
            await db.EpguStatusMessages.Where(m => ids.Contains(m.Id) && m.SentAt == null).ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, at), ct);
        }
        return waiting.Count;
    }

    private static string Truncated(string comment) =>
        comment.Length <= EpguEnrollmentFormat.MaxCommentLength ? comment : comment[..(EpguEnrollmentFormat.MaxCommentLength - 1)] + "…";

    /// <summary>The child a message is about, for putting a child's first application before its repeats.</summary>
    private static string ChildKey(EpguApplicationMessage message) =>
        message.ChildInfo.ChildBirthDocRF is { } rf ? $"rf:{rf.ChildBirthDocSeries}:{rf.ChildBirthDocNumber}"
        : message.ChildInfo.ChildBirthDocForeign is { } f ? $"foreign:{f.ChildBirthDocSeries}:{f.ChildBirthDocNumber}"
        : $"order:{message.OrderId}";
}
