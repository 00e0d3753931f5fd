using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// Issues the vouchers of paid places: «Оплачено» → «Путевка выдана», with the parent's notice, in the caller's transaction
/// (under the season's lock). The job does it on its next run after the payment, well within the season's working days for it.
/// </summary>
public static class CampVouchers
{
    /// <param name="only">The applications the caller may act on (an operator's district); null: the whole season.</param>
    /// <returns>How many vouchers were issued.</returns>
    public static async Task<int> IssueAsync(PortalDbContext db, int year, IReadOnlyCollection<int>? only, DateTimeOffset at, string by,
        CancellationToken ct)
    {
        var query = db.CampApplications.Where(a => a.Year == year && a.Status == CampApplicationStatus.Paid);
        if (only is not null)
            query = query.Where(a => only.Contains(a.Id));
        var paid = await query.ToListAsync(ct);
        foreach (var application in paid)
            application.IssueVoucher(at, by);
        await CampNotifications.RecordAsync(db, paid, at, ct);
        await db.SaveChangesAsync(ct);
        return paid.Count;
    }
}
