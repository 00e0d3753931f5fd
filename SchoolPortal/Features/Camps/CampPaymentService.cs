using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Uploads;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// Payments for camp places: the bank's register imported with a preview (matched by voucher number and exact amount, the
/// mismatches listed and never applied), applied in one transaction under the season's lock after matching again, and the
/// vouchers of paid places issued on the operator's request. The region operator applies every payment; a municipal
/// operator only those of the applications of their district (the others are listed as not theirs).
/// </summary>
public sealed class CampPaymentService(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, CampAllocator allocator,
    UploadParsingLimiter limiter)
{
    /// <summary>Reads the register (bounded, at most two files parsed at once on the node) and matches it; writes nothing.</summary>
    public async Task<PaymentPreview> PreviewAsync(byte[] file, Func<Task>? queued = null, CancellationToken ct = default)
    {
        CampAccess.PaymentKeeper(await portalDb.UserAsync());
        var (rows, refusal) = await limiter.RunAsync(() => PaymentRegisterWorkbook.Read(file), queued, ct);
        if (refusal is not null)
            return PaymentPreview.Refused(refusal);
        var lines = rows.Where(r => r.IsRead).Select(r => r.Line!).ToList();
        var errors = rows.Where(r => !r.IsRead).Select(r => r.Error!).ToList();
        // System scope: a line may name a voucher of another district; it is listed as not the operator's, with no personal data.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, (await portalDb.UserAsync()).Actor);
        var byVoucher = await ByVoucherAsync(db, lines, ct);
        var mine = await MineAsync(byVoucher.Values, ct);
        var matches = PaymentRegisterMatcher.Match(lines, byVoucher, a => mine.Contains(a.Id));
        return new PaymentPreview(matches.Select(PaymentPreviewLine.From).ToList(), errors);
    }

    /// <summary>
    /// Applies the lines the preview would apply, all or nothing, after matching them again under the season's lock: a line
    /// paid or changed since the preview is listed, not applied twice. The preview's mismatches are never applied.
    /// </summary>
    public async Task<PaymentApplyResult> ApplyAsync(PaymentPreview preview, CancellationToken ct = default)
    {
        var user = CampAccess.PaymentKeeper(await portalDb.UserAsync());
        if (!preview.CanApply)
            return PaymentApplyResult.Refused(preview.Refusal ?? "В реестре нет платежей, которые можно зачесть.");
        var lines = preview.Lines.Where(l => l.WillApply).Select(l => l.Line).ToList();
        List<int> years;
        HashSet<int> mine;
        // System scope: as in the preview; only the applications the operator may act on are applied (mine).
        await using (var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor))
        {
            var found = await ByVoucherAsync(db, lines, ct);
            years = found.Values.Select(a => a.Year).Distinct().ToList();
            mine = await MineAsync(found.Values, ct);
        }
        if (years.Count > 1)
            return PaymentApplyResult.Refused($"В реестре путевки разных сезонов ({string.Join(", ", years.Order())}): загрузите платежи каждого сезона отдельным файлом.");
        if (years.Count == 0)
            return new PaymentApplyResult(false, "Ни один платеж не зачтен: путевки реестра больше не найдены.", 0,
                preview.Lines.Where(l => l.WillApply).ToList());
        var who = CampAccess.Who(user);
        try
        {
            return await allocator.UnderSeasonLockAsync(years[0], user.Actor, async (db, held) =>
            {
                var byVoucher = await ByVoucherAsync(db, lines, ct);
                var matches = PaymentRegisterMatcher.Match(lines, byVoucher, a => mine.Contains(a.Id));
                var paid = new List<CampApplication>();
                foreach (var match in matches.Where(m => m.IsApplied))
                {
                    var line = match.Line;
                    try
                    {
                        match.Application!.RecordPayment(line.Amount, line.PaidOn, $"п/п № {line.Reference} от {line.PaidOn:dd.MM.yyyy} (реестр банка)",
                            held.Now, who);
                    }
                    catch (DomainException e)
                    {
                        throw new DomainException($"Строка {line.Row}, путевка № {line.VoucherNumber}: {e.Message}", e.Field);
                    }
                    paid.Add(match.Application);
                }
                await CampNotifications.RecordAsync(db, paid, held.Now, ct);
                await db.SaveChangesAsync(ct);
                var changed = matches.Where(m => !m.IsApplied).Select(PaymentPreviewLine.From).ToList();
                var message = changed.Count == 0
                    ? $"Зачтено платежей: {paid.Count}."
                    : $"Зачтено платежей: {paid.Count}. Не зачтено строк, изменившихся после проверки: {changed.Count}.";
                return new PaymentApplyResult(true, message, paid.Count, changed);
            }, ct);
        }
        catch (DomainException e)
        {
            return PaymentApplyResult.Refused($"Платежи не зачтены, ни один: {e.Message}");
        }
    }

    /// <summary>Paid places of the operator's scope whose voucher is not issued yet.</summary>
    public async Task<int> AwaitingVoucherAsync(CancellationToken ct = default)
    {
        CampAccess.PaymentKeeper(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await db.CampApplications.CountAsync(a => a.Status == CampApplicationStatus.Paid, ct);
    }

    /// <summary>«Выдать путевки оплаченным»: issues the vouchers of the paid places of the operator's scope.</summary>
    public async Task<int> IssueVouchersAsync(CancellationToken ct = default)
    {
        var user = CampAccess.PaymentKeeper(await portalDb.UserAsync());
        List<(int Id, int Year)> paid;
        await using (var db = await portalDb.OpenAsync())
            paid = (await db.CampApplications.Where(a => a.Status == CampApplicationStatus.Paid).Select(a => new { a.Id, a.Year }).ToListAsync(ct))
                .Select(a => (a.Id, a.Year)).ToList();
        var who = CampAccess.Who(user);
        var issued = 0;
        foreach (var season in paid.GroupBy(p => p.Year))
        {
            var ids = season.Select(p => p.Id).ToList();
            issued += await allocator.UnderSeasonLockAsync(season.Key, user.Actor,
                (db, held) => CampVouchers.IssueAsync(db, season.Key, ids, held.Now, who, ct), ct);
        }
        return issued;
    }

    /// <summary>Where a voucher's payment stands: by the voucher number (digits) or the application's number («ЛО-2027-000123»).</summary>
    public async Task<CampPaymentStatus?> FindAsync(string? number, CancellationToken ct = default)
    {
        CampAccess.PaymentKeeper(await portalDb.UserAsync());
        var text = (number ?? "").Trim().ToUpperInvariant();
        if (text.Length == 0)
            return null;
        await using var db = await portalDb.OpenAsync();
        var query = db.CampApplications.AsNoTracking();
        CampApplication? application;
        if (text.StartsWith("ЛО-", StringComparison.Ordinal) && text.Split('-') is [_, var y, var n]
            && int.TryParse(y, out var year) && int.TryParse(n, out var id))
            application = await query.SingleOrDefaultAsync(a => a.Id == id && a.Year == year, ct);
        else
            application = await query.SingleOrDefaultAsync(a => a.VoucherNumber == text, ct);
        return application is null
            ? null
            : new CampPaymentStatus(application.Number, application.VoucherNumber, application.ChildName.Full, application.StatusName,
                application.AmountDue, application.PaymentDeadline, application.PaidAmount, application.PaidOn);
    }

    private static async Task<Dictionary<string, CampApplication>> ByVoucherAsync(PortalDbContext db, IReadOnlyCollection<PaymentRegisterLine> lines,
        CancellationToken ct)
    {
        var vouchers = lines.Select(l => l.VoucherNumber).Distinct().ToList();
        var applications = await db.CampApplications.Where(a => a.VoucherNumber != null && vouchers.Contains(a.VoucherNumber)).ToListAsync(ct);
        return applications.ToDictionary(a => a.VoucherNumber!, StringComparer.Ordinal);
    }

    /// <summary>Which of the applications the signed-in operator may act on: those their own scope sees.</summary>
    private async Task<HashSet<int>> MineAsync(IEnumerable<CampApplication> applications, CancellationToken ct)
    {
        var ids = applications.Select(a => a.Id).ToList();
        await using var db = await portalDb.OpenAsync();
        return (await db.CampApplications.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
    }
}
