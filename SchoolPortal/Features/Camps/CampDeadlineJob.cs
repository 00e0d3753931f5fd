using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// The payment deadlines, every few minutes (<see cref="CampOptions.DeadlineSchedule"/>): for each season, under its lock,
/// places unpaid past their deadline (by the region's date) are cancelled and given back, the allocator offers them to the
/// reserve in queue order, both parents are notified, and the vouchers of paid places are issued. Idempotent: a second run
/// finds nothing overdue and nothing paid. The log gets counts only.
/// </summary>
public sealed class CampDeadlineJob(IDbContextFactory<PortalDbContext> factory, CampAllocator allocator, TimeProvider clock,
    ILogger<CampDeadlineJob> log)
{
    public const string JobId = "camp-payment-deadlines";

    public async Task<CampDeadlineResult> RunAsync(CancellationToken ct = default)
    {
        List<int> years;
        // System scope: the job keeps every district's places, with no user.
        await using (var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
            years = await db.CampSeasons.AsNoTracking().OrderBy(s => s.Year).Select(s => s.Year).ToListAsync(ct);
        var total = CampDeadlineResult.None;
        foreach (var year in years)
            total = total.Plus(await RunSeasonAsync(year, ct));
        return total;
    }

    public async Task<CampDeadlineResult> RunSeasonAsync(int year, CancellationToken ct = default)
    {
        var today = RegionTime.Today(clock);
        // System scope: as above. A season with nothing overdue and nothing paid is not locked at all.
        await using (var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
            if (!await db.CampApplications.AnyAsync(a => a.Year == year && ((a.Status == CampApplicationStatus.Granted && a.PaymentDeadline < today)
                    || a.Status == CampApplicationStatus.Paid), ct))
                return CampDeadlineResult.None;

        var result = await allocator.UnderSeasonLockAsync(year, AuditActor.System, async (db, held) =>
        {
            var day = DateOnly.FromDateTime(RegionTime.ToRegion(held.Now).DateTime);
            var overdue = (await db.CampApplications
                    .Where(a => a.Year == year && a.Status == CampApplicationStatus.Granted && a.PaymentDeadline < day).ToListAsync(ct))
                .Where(a => a.IsOverdue(day)).ToList();
            var shiftIds = overdue.Select(a => a.ShiftId!.Value).Distinct().ToList();
            var shifts = await db.CampShifts.Where(s => shiftIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            foreach (var application in overdue)
            {
                application.CancelUnpaid(day, held.Now);
                shifts[application.ShiftId!.Value].Release();
            }
            await CampNotifications.RecordAsync(db, overdue, held.Now, ct);
            await db.SaveChangesAsync(ct);
            // The allocator notifies the parents it gives the freed places to.
            var granted = overdue.Count > 0 ? await allocator.AllocateAsync(db, year, held, ct) : 0;
            var issued = await CampVouchers.IssueAsync(db, year, null, held.Now, CampApplication.System, ct);
            return new CampDeadlineResult(overdue.Count, granted, issued);
        }, ct);
        if (!result.IsEmpty)
            log.LogInformation("Летний отдых {Year}: {Result}", year, result.ToString());
        return result;
    }
}
