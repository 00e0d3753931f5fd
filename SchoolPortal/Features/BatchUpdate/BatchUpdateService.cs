using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// «2. Обновление данных»: preview an uploaded file (nothing written), then apply exactly that preview in one
/// transaction — all rows or none, audited by the normal SaveChanges. Refuses when the file or the records changed
/// in between. Only a school administrator updates, and only their own school's records.
/// </summary>
public sealed class BatchUpdateService(PortalDb portalDb, BatchPlanner planner, PortalCache cache, TimeProvider clock)
{
    /// <summary>Above this many rows the page runs the work as a long operation.</summary>
    public const int InlineRows = 2_000;

    /// <summary>Said before the outcome of an apply whose preview was kept by another node (or before a restart).</summary>
    public const string CheckedAgain = "Предпросмотр был сделан на другом сервере: файл проверен заново.";

    /// <summary>
    /// What one upload's steps share within this node: the page counts the rows, the preview (inline or a long operation)
    /// reads and plans the file, the apply writes it, each in a scope of its own. The parsed sheet is kept by the file's
    /// hash; it holds the whole workbook and stays on its node (never sent to Redis). A miss (another node, a restart, an
    /// old upload) only means the file is read again.
    /// </summary>
    public static readonly CacheKind Sheets = new("batch-sheet", TimeSpan.FromMinutes(30), Shared: false);

    /// <summary>
    /// A preview that only changes fields of existing records, kept for its apply, for the user who made it, on the node
    /// that made it (the plan holds tracked records and is no data to share). An apply elsewhere plans the file again.
    /// </summary>
    public static readonly CacheKind Previews = new("batch-preview", TimeSpan.FromMinutes(30), Shared: false);

    public static string Hash(byte[] file) => Convert.ToHexString(SHA256.HashData(file));

    public async Task<BatchPreview> PreviewAsync(string fileName, byte[] file, CancellationToken ct = default, Func<int, int, Task>? progress = null)
    {
        var hash = Hash(file ?? []);
        var user = await portalDb.UserAsync();
        if (SchoolOf(user) is not { } schoolId)
            return BatchPreview.Refused(fileName, hash, "Пакетное обновление доступно только администратору школы.");
        var read = await ReadCachedAsync(file ?? [], hash, ct);
        if (read.Error is not null)
            return BatchPreview.Refused(fileName, hash, read.Error);
        try
        {
            var writes = await WritesAsync(user, ct);
            var plan = await planner.PlanAsync(BatchContexts.Preview(() => OpenAsync(user)), writes, read.Sheet!, schoolId,
                CardCalendar.Today(clock), ct, progress);
            // Kept for its apply when it only changes fields of existing records (the records are then checked, not planned again).
            string? keptOn = null;
            if (plan is { Errors.Count: 0, HasWork: true } && writes.TrackedRows == 0)
            {
                await cache.SetAsync(Previews, PreviewKey(user.AccountId, hash, plan.Fingerprint), (plan, writes), [], ct);
                keptOn = cache.NodeId;
            }
            return plan is { Fingerprint: "", Errors: [{ Row: 0 } only] }
                ? BatchPreview.Refused(fileName, hash, only.Message)
                : new BatchPreview(fileName, hash, plan, null, keptOn);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return BatchPreview.Refused(fileName, hash, "Файл не удалось проверить: " + Describe(e));
        }
    }

    /// <summary>Writes what the preview showed, or nothing. <paramref name="fingerprint"/> is <see cref="BatchPlan.Fingerprint"/> of the preview.</summary>
    /// <param name="keptOn"><see cref="BatchPreview.KeptOn"/> of the preview: when another process kept it, the outcome says the file was checked again.</param>
    public async Task<BatchApplyResult> ApplyAsync(byte[] file, string fileHash, string fingerprint, CancellationToken ct = default,
        Func<int, int, Task>? progress = null, string? keptOn = null)
    {
        var user = await portalDb.UserAsync();
        if (SchoolOf(user) is not { } schoolId)
            return BatchApplyResult.Refused("Пакетное обновление доступно только администратору школы.");
        if (Hash(file ?? []) != fileHash)
            return BatchApplyResult.Refused("Файл изменился после предпросмотра. Загрузите его заново и проверьте изменения ещё раз. Ничего не записано.");
        var previewKey = PreviewKey(user.AccountId, fileHash, fingerprint);
        if (await cache.FindAsync<(BatchPlan Plan, BatchWrites Writes)>(Previews, previewKey, ct) is { } kept)
        {
            // A preview is applied once.
            await cache.RemoveAsync(Previews, previewKey, ct);
            return await ApplyPreviewedAsync(user, schoolId, kept.Value.Plan, kept.Value.Writes, ct);
        }
        var result = await CheckAndApplyAsync(user, schoolId, file!, fileHash, fingerprint, ct, progress);
        return keptOn is not null && keptOn != cache.NodeId ? result with { Message = CheckedAgain + " " + result.Message } : result;
    }

    /// <summary>Reads and plans the file again inside the apply's transaction: the preview is not here (another node, a restart, a big file).</summary>
    private async Task<BatchApplyResult> CheckAndApplyAsync(PortalUser user, int schoolId, byte[] file, string fileHash, string fingerprint,
        CancellationToken ct, Func<int, int, Task>? progress)
    {
        var read = await ReadCachedAsync(file, fileHash, ct);
        if (read.Error is not null)
            return BatchApplyResult.Refused(read.Error);
        try
        {
            await using var db = await OpenAsync(user);
            await db.Database.OpenConnectionAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            async Task<PortalDbContext> OnTransaction()
            {
                var chunk = await OpenAsync(user);
                chunk.Database.SetDbConnection(db.Database.GetDbConnection(), contextOwnsConnection: false);
                await chunk.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
                return chunk;
            }
            // Tracked chunks are saved inside the one transaction, the other records once the plan is accepted; it is
            // committed only when every row passed and the plan is the previewed one.
            var writes = new BatchWrites(db.Model, 0);
            var plan = await planner.PlanAsync(BatchContexts.Apply(OnTransaction, chunk => chunk.SaveChangesAsync(ct)), writes, read.Sheet!, schoolId,
                CardCalendar.Today(clock), ct, progress);
            if (plan.Errors.Count > 0)
                return BatchApplyResult.Refused($"В файле есть ошибки ({plan.Errors.Count}). Исправьте их и загрузите файл заново. Ничего не записано.", plan);
            if (plan.Fingerprint != fingerprint)
                return ChangedMeanwhile(plan);
            if (!plan.HasWork)
                return BatchApplyResult.Refused("В файле нет изменений: записывать нечего.", plan);
            return await CommitAsync(db, transaction, writes, user, plan, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile(null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return NotWritten(e);
        }
    }

    /// <summary>Applies a kept preview: its records are checked for changes since they were read, then written in one transaction.</summary>
    private async Task<BatchApplyResult> ApplyPreviewedAsync(PortalUser user, int schoolId, BatchPlan plan, BatchWrites writes, CancellationToken ct)
    {
        try
        {
            await using var db = await OpenAsync(user);
            await db.Database.OpenConnectionAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await ChangedSinceAsync(db, schoolId, writes, ct))
                return ChangedMeanwhile(plan);
            return await CommitAsync(db, transaction, writes, user, plan, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile(plan);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return NotWritten(e);
        }
    }

    /// <summary>
    /// A record of the plan changed since it was read: every save through EF Core leaves an audit entry (newer than the
    /// mark), and a parent must still be linked to the pupil of its row. The UPDATEs also check the columns they change.
    /// </summary>
    private static async Task<bool> ChangedSinceAsync(PortalDbContext db, int schoolId, BatchWrites writes, CancellationToken ct)
    {
        var records = writes.Updates.Records.ToHashSet();
        var audited = await db.AuditLog.IgnoreQueryFilters()
            .Where(a => a.Id > writes.AuditMark && (a.EntityType == nameof(Domain.Pupils.Pupil) || a.EntityType == nameof(Domain.Parents.Parent)))
            .Select(a => new { a.EntityType, a.EntityId }).ToListAsync(ct);
        if (audited.Any(a => records.Contains((a.EntityType, a.EntityId))))
            return true;
        // The links of the school's pupils, not of a list of thousands of ids (one SQL parameter each).
        var links = await db.ParentLinks.IgnoreQueryFilters()
            .Where(l => db.Pupils.IgnoreQueryFilters().Any(p => p.Id == l.PupilId && p.SchoolId == schoolId))
            .Select(l => new { l.PupilId, l.ParentId }).ToListAsync(ct);
        var present = links.Select(l => (l.PupilId, l.ParentId)).ToHashSet();
        return !writes.Links.All(present.Contains);
    }

    private async Task<BatchWrites> WritesAsync(PortalUser user, CancellationToken ct)
    {
        await using var db = await OpenAsync(user);
        return new BatchWrites(db.Model, await db.AuditLog.IgnoreQueryFilters().MaxAsync(a => (long?)a.Id, ct) ?? 0);
    }

    /// <summary>Writes the untracked records and commits, while the change report (it needs only the plan) is built on another thread.</summary>
    private async Task<BatchApplyResult> CommitAsync(PortalDbContext db, IDbContextTransaction transaction, BatchWrites writes, PortalUser user,
        BatchPlan plan, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var report = Task.Run(() => ChangeReportWorkbook.Write(plan, "Пакетное обновление учеников: изменения",
            $"Применено: {CardCalendar.Format(at)}", $"Пользователь: {user.DisplayName} ({user.Login})",
            $"Изменено полей: {plan.Changes.Count}; новых записей: {plan.NewRecords.Count}"), ct);
        try
        {
            await writes.Updates.WriteAsync(db, ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            await report.ContinueWith(_ => { }, TaskScheduler.Default); // not left running unobserved behind a refusal
            throw;
        }
        return Applied(plan, await report);
    }

    private BatchApplyResult Applied(BatchPlan plan, byte[] report) =>
        new(true, $"Изменения записаны: полей — {plan.Changes.Count}, новых записей — {plan.NewRecords.Count}.",
            ReportFile.SafeName($"Изменения {CardCalendar.Format(CardCalendar.Today(clock))}.xlsx"), report, plan);

    private static BatchApplyResult ChangedMeanwhile(BatchPlan? plan) => BatchApplyResult.Refused(
        "Записи учеников или родителей изменились после предпросмотра (их правили в карточках или другим файлом). "
        + "Загрузите файл заново и проверьте изменения. Ничего не записано.", plan);

    private static BatchApplyResult NotWritten(Exception e) =>
        BatchApplyResult.Refused("Изменения не записаны: " + Describe(e) + " Ничего не изменено, попробуйте ещё раз.");

    /// <summary>The number of data rows, so the page can choose inline or a long operation; null when the file cannot be read (the preview says why).</summary>
    public async Task<int?> RowCountAsync(byte[] file) => (await ReadCachedAsync(file, Hash(file), CancellationToken.None)).Sheet?.Rows.Count;

    private async Task<BatchReadResult> ReadCachedAsync(byte[] file, string hash, CancellationToken ct)
    {
        if (await cache.FindAsync<BatchSheet>(Sheets, hash, ct) is { } kept)
            return new BatchReadResult(kept.Value, null);
        var read = BatchWorkbookReader.Read(file);
        if (read.Sheet is not null)
            await cache.SetAsync(Sheets, hash, read.Sheet, [], ct);
        return read;
    }

    private static string PreviewKey(int accountId, string hash, string fingerprint) => $"{accountId}:{hash}:{fingerprint}";

    /// <summary>
    /// The school administrator's context in the system scope, with the administrator as the audit actor. The planner
    /// confines every read and write to the school itself (pupils by SchoolId, parents only through those pupils' links,
    /// new parents attached only to them); the scope guard would instead check each modified parent with its own query
    /// (5,000 queries for a file of 5,000 rows, most of the time of an apply).
    /// </summary>
    private async Task<PortalDbContext> OpenAsync(PortalUser user) => (await portalDb.OpenAsync()).UseScope(AccessScope.System, user.Actor);

    internal static int? SchoolOf(PortalUser user) => user.Has(Role.SchoolAdmin) && user.SchoolId is { } s ? s : null;

    private static string Describe(Exception e) => e is Domain.Common.DomainException ? e.Message : "ошибка базы данных или файла.";
}
