using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Access;
using SchoolPortal.Features.Cards;
using SchoolPortal.Features.Reports;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// «2. Обновление данных»: preview an uploaded file (nothing written), then apply exactly that preview in one
/// transaction — all rows or none, audited by the normal SaveChanges. Refuses when the file or the records changed
/// in between. Only a school administrator updates, and only their own school's records.
/// </summary>
public sealed class BatchUpdateService(PortalDb portalDb, BatchPlanner planner, TimeProvider clock)
{
    /// <summary>Above this many rows the page runs the work as a long operation.</summary>
    public const int InlineRows = 2_000;

    private (string Hash, BatchSheet Sheet)? _lastSheet;

    public static string Hash(byte[] file) => Convert.ToHexString(SHA256.HashData(file));

    public async Task<BatchPreview> PreviewAsync(string fileName, byte[] file, CancellationToken ct = default, Func<int, int, Task>? progress = null)
    {
        var hash = Hash(file ?? []);
        var user = await portalDb.UserAsync();
        if (SchoolOf(user) is not { } schoolId)
            return BatchPreview.Refused(fileName, hash, "Пакетное обновление доступно только администратору школы.");
        var read = ReadCached(file ?? [], hash);
        if (read.Error is not null)
            return BatchPreview.Refused(fileName, hash, read.Error);
        try
        {
            var plan = await planner.PlanAsync(() => OpenAsync(user), null, null, read.Sheet!, schoolId, CardCalendar.Today(clock), ct, progress);
            return plan is { Fingerprint: "", Errors: [{ Row: 0 } only] }
                ? BatchPreview.Refused(fileName, hash, only.Message)
                : new BatchPreview(fileName, hash, plan, null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return BatchPreview.Refused(fileName, hash, "Файл не удалось проверить: " + Describe(e));
        }
    }

    /// <summary>Writes what the preview showed, or nothing. <paramref name="fingerprint"/> is <see cref="BatchPlan.Fingerprint"/> of the preview.</summary>
    public async Task<BatchApplyResult> ApplyAsync(byte[] file, string fileHash, string fingerprint, CancellationToken ct = default,
        Func<int, int, Task>? progress = null)
    {
        var user = await portalDb.UserAsync();
        if (SchoolOf(user) is not { } schoolId)
            return BatchApplyResult.Refused("Пакетное обновление доступно только администратору школы.");
        if (Hash(file ?? []) != fileHash)
            return BatchApplyResult.Refused("Файл изменился после предпросмотра. Загрузите его заново и проверьте изменения ещё раз. Ничего не записано.");
        var read = ReadCached(file!, fileHash);
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
            var updates = new AuditedRowUpdates(db);
            var plan = await planner.PlanAsync(OnTransaction, chunk => chunk.SaveChangesAsync(ct), updates, read.Sheet!, schoolId,
                CardCalendar.Today(clock), ct, progress);
            if (plan.Errors.Count > 0)
                return BatchApplyResult.Refused($"В файле есть ошибки ({plan.Errors.Count}). Исправьте их и загрузите файл заново. Ничего не записано.", plan);
            if (plan.Fingerprint != fingerprint)
                return BatchApplyResult.Refused(
                    "Записи учеников или родителей изменились после предпросмотра (их правили в карточках или другим файлом). "
                    + "Загрузите файл заново и проверьте изменения. Ничего не записано.", plan);
            if (!plan.HasWork)
                return BatchApplyResult.Refused("В файле нет изменений: записывать нечего.", plan);
            await updates.WriteAsync(ct);
            await transaction.CommitAsync(ct);
            var at = clock.GetUtcNow();
            var report = ChangeReportWorkbook.Write(plan, "Пакетное обновление учеников: изменения",
                $"Применено: {CardCalendar.Format(at)}", $"Пользователь: {user.DisplayName} ({user.Login})",
                $"Изменено полей: {plan.Changes.Count}; новых записей: {plan.NewRecords.Count}");
            return new BatchApplyResult(true, $"Изменения записаны: полей — {plan.Changes.Count}, новых записей — {plan.NewRecords.Count}.",
                ReportFile.SafeName($"Изменения {CardCalendar.Format(CardCalendar.Today(clock))}.xlsx"), report, plan);
        }
        catch (DbUpdateConcurrencyException)
        {
            return BatchApplyResult.Refused(
                "Записи учеников или родителей изменились во время записи (их правили в карточках или другим файлом). "
                + "Загрузите файл заново и проверьте изменения. Ничего не записано.");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return BatchApplyResult.Refused("Изменения не записаны: " + Describe(e) + " Ничего не изменено, попробуйте ещё раз.");
        }
    }

    /// <summary>The number of data rows, so the page can choose inline or a long operation; null when the file cannot be read (the preview says why).</summary>
    public int? RowCount(byte[] file) => ReadCached(file, Hash(file)).Sheet?.Rows.Count;

    private BatchReadResult ReadCached(byte[] file, string hash)
    {
        if (_lastSheet is { } last && last.Hash == hash)
            return new BatchReadResult(last.Sheet, null);
        var read = BatchWorkbookReader.Read(file);
        _lastSheet = read.Sheet is null ? null : (hash, read.Sheet);
        return read;
    }

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
