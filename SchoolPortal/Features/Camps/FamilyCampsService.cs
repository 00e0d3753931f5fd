using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// What a parent reads and does in «Летний отдых» besides filing: the season and the shifts that take a child, their
/// applications and notices, the receipt and the voucher, and withdrawing. A family reaches its records through its own
/// parent record (never a school's scope); an application of another family answers exactly as a missing one. Staff in
/// scope open receipts and vouchers too, to print them at the school.
/// </summary>
public sealed class FamilyCampsService(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, CampAllocator allocator, TimeProvider clock)
{
    public const string NotFound = "Заявление не найдено.";
    public const int NoticesShown = 30;

    /// <summary>The season families apply for now (the latest announced), with whether booking is open by the server's clock.</summary>
    public async Task<CampSeasonInfo?> SeasonAsync(CancellationToken ct = default)
    {
        var user = CampAccess.Parent(await portalDb.UserAsync());
        await using var db = Family(user);
        var season = await CurrentSeasonAsync(db, ct);
        return season is null ? null : new CampSeasonInfo(season.Year, season.BookingOpensAt, season.IsOpen(clock.GetUtcNow()), season.PaymentWorkingDays);
    }

    /// <summary>The current season's shifts whose ages take the child on their first day; only for the parent's own child.</summary>
    public async Task<IReadOnlyList<CampShiftOption>> ShiftsForAsync(int pupilId, CancellationToken ct = default)
    {
        var user = CampAccess.Parent(await portalDb.UserAsync());
        await using var db = Family(user);
        var parentId = await CampFilingService.ParentOfAsync(db, user, ct);
        // The children are few: picked after reading (a filter on the projected record does not translate to SQL).
        var child = parentId is null ? null : (await CampFilingService.ChildrenOf(db, parentId.Value).ToListAsync(ct)).FirstOrDefault(c => c.PupilId == pupilId);
        if (child is null)
            throw new AccessDeniedException(CampFilingService.NotYourChild);
        var season = await CurrentSeasonAsync(db, ct);
        if (season is null)
            return [];
        var shifts = await (
                from shift in db.CampShifts.AsNoTracking()
                where shift.Year == season.Year
                join camp in db.Camps.AsNoTracking() on shift.CampId equals camp.Id
                join district in db.Municipalities.AsNoTracking() on camp.MunicipalityId equals district.Id
                select new { Shift = shift, Camp = camp.Name, camp.Kind, District = district.Name })
            .ToListAsync(ct);
        return shifts.Where(s => s.Shift.Takes(child.BirthDate))
            .OrderBy(s => s.Shift.StartsOn).ThenBy(s => s.Camp, StringComparer.CurrentCulture).ThenBy(s => s.Shift.Name, StringComparer.CurrentCulture)
            .Select(s => new CampShiftOption(s.Shift.Id, s.Camp, s.Kind, s.District, s.Shift.Name, s.Shift.StartsOn, s.Shift.EndsOn, s.Shift.MinAge,
                s.Shift.MaxAge, s.Shift.ParentShare, s.Shift.FreePlaces))
            .ToList();
    }

    /// <summary>The signed-in parent's applications, newest first.</summary>
    public async Task<IReadOnlyList<FamilyCampApplication>> ApplicationsAsync(CancellationToken ct = default)
    {
        var user = CampAccess.Parent(await portalDb.UserAsync());
        await using var db = Family(user);
        if (await CampFilingService.ParentOfAsync(db, user, ct) is not { } parentId)
            return [];
        var applications = await db.CampApplications.AsNoTracking().Where(a => a.ParentId == parentId).OrderByDescending(a => a.Id).ToListAsync(ct);
        var shiftIds = applications.SelectMany(a => a.ShiftId is { } s ? [.. a.Choices, s] : a.Choices).Distinct().ToList();
        var titles = await db.CampShifts.AsNoTracking().Where(s => shiftIds.Contains(s.Id))
            .Join(db.Camps.AsNoTracking(), s => s.CampId, c => c.Id, (s, c) => new { Shift = s, Camp = c.Name })
            .ToDictionaryAsync(x => x.Shift.Id, x => $"{x.Camp}, {x.Shift.Title}", ct);
        string Title(int id) => titles.GetValueOrDefault(id, "смена");
        return applications.Select(a => new FamilyCampApplication(a.Id, a.Number, a.ChildName.Full, a.Choices.Select(Title).ToList(), a.Status,
                a.ShiftId is { } granted ? Title(granted) : null, a.AmountDue, a.PaymentDeadline, a.VoucherNumber, a.RejectionReason))
            .ToList();
    }

    /// <summary>The parent's latest notices, newest first; those not shown before are marked new, and read from now on.</summary>
    public async Task<IReadOnlyList<FamilyCampNotice>> ShowNoticesAsync(CancellationToken ct = default)
    {
        var user = CampAccess.Parent(await portalDb.UserAsync());
        await using var db = Family(user);
        if (await CampFilingService.ParentOfAsync(db, user, ct) is not { } parentId)
            return [];
        // Newest first by id: notices are written in the order things happened (SQLite cannot order by a DateTimeOffset).
        var notices = await db.CampNotices.Where(n => n.ParentId == parentId).OrderByDescending(n => n.Id).Take(NoticesShown).ToListAsync(ct);
        var shown = notices.Select(n => new FamilyCampNotice(n.Id, n.At, n.Text, n.ReadAt is null)).ToList();
        var now = clock.GetUtcNow();
        foreach (var notice in notices)
            notice.MarkRead(now);
        if (shown.Any(n => n.IsNew))
            await db.SaveChangesAsync(ct);
        return shown;
    }

    /// <summary>The receipt of a place waiting for payment (or paid): null for a missing id and for another family's application alike.</summary>
    public async Task<CampReceipt?> ReceiptAsync(int applicationId, CancellationToken ct = default)
    {
        var (db, application) = await FindAsync(applicationId, ct);
        await using (db)
        {
            if (application is not { HoldsPlace: true, ShiftId: { } shiftId, VoucherNumber: { } voucher, AmountDue: { } amount, PaymentDeadline: { } deadline })
                return null;
            var season = await db.CampSeasons.AsNoTracking().SingleAsync(s => s.Year == application.Year, ct);
            var place = await PlaceAsync(db, shiftId, ct);
            return new CampReceipt(application.Id, application.Number, voucher, season.PayeeName, season.PayeeInn, season.PayeeAccount, season.PayeeBank,
                season.PayeeBik, application.ApplicantName.Full, application.ChildName.Full, application.ChildBirthDate, place.Camp, place.Shift.Title,
                amount, deadline, season.PaymentWorkingDays, application.Status);
        }
    }

    /// <summary>The issued voucher: null for a missing id, another family's application, or a voucher not issued yet.</summary>
    public async Task<CampVoucher?> VoucherAsync(int applicationId, CancellationToken ct = default)
    {
        var (db, application) = await FindAsync(applicationId, ct);
        await using (db)
        {
            if (application is not { Status: CampApplicationStatus.VoucherIssued, ShiftId: { } shiftId, VoucherNumber: { } voucher, VoucherIssuedAt: { } issued })
                return null;
            var place = await PlaceAsync(db, shiftId, ct);
            return new CampVoucher(application.Id, voucher, application.ChildName.Full, application.ChildBirthDate, place.Camp, place.Address,
                place.Shift.Title, place.Shift.StartsOn, place.Shift.EndsOn, DateOnly.FromDateTime(RegionTime.ToRegion(issued).DateTime));
        }
    }

    /// <summary>
    /// The parent withdraws their application. A place it held goes back to the shift and, in the same lock, to the next in
    /// its reserve list; both families get their notice.
    /// </summary>
    public async Task WithdrawAsync(int applicationId, CancellationToken ct = default)
    {
        var user = CampAccess.Parent(await portalDb.UserAsync());
        int? year;
        int? parentId;
        await using (var db = Family(user))
        {
            parentId = await CampFilingService.ParentOfAsync(db, user, ct);
            year = parentId is null ? null : await db.CampApplications.AsNoTracking().Where(a => a.Id == applicationId && a.ParentId == parentId)
                .Select(a => (int?)a.Year).SingleOrDefaultAsync(ct);
        }
        if (year is null)
            throw new DomainException(NotFound, "id");

        await allocator.UnderSeasonLockAsync(year.Value, user.Actor, async (db, held) =>
        {
            var application = await db.CampApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.ParentId == parentId, ct)
                ?? throw new DomainException(NotFound, "id");
            var gaveBack = application.Withdraw(held.Now, CampAccess.Who(user), null);
            if (gaveBack && application.ShiftId is { } shiftId)
                (await db.CampShifts.SingleAsync(s => s.Id == shiftId, ct)).Release();
            await CampNotifications.RecordAsync(db, [application], held.Now, ct);
            await db.SaveChangesAsync(ct);
            return gaveBack ? await allocator.AllocateAsync(db, year.Value, held, ct) : 0;
        }, ct);
    }

    /// <summary>
    /// The application as the user may see it: a parent their own (through their parent record), staff what their school's or
    /// district's scope shows. Anyone else (a pupil) is refused.
    /// </summary>
    private async Task<(PortalDbContext Db, CampApplication? Application)> FindAsync(int applicationId, CancellationToken ct)
    {
        var user = await portalDb.UserAsync();
        if (user.IsAuthenticated && user.Has(Role.Parent))
        {
            var db = Family(user);
            var parentId = await CampFilingService.ParentOfAsync(db, user, ct);
            var own = parentId is null ? null
                : await db.CampApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.ParentId == parentId, ct);
            if (own is not null || !PortalRoles.Enrollment.Includes(user))
                return (db, own);
            await db.DisposeAsync();
        }
        if (!PortalRoles.Enrollment.Includes(user))
            throw new AccessDeniedException(CampAccess.ParentsOnly);
        var scoped = await portalDb.OpenAsync();
        return (scoped, await scoped.CampApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct));
    }

    private static async Task<(CampShift Shift, string Camp, string Address)> PlaceAsync(PortalDbContext db, int shiftId, CancellationToken ct)
    {
        var place = await db.CampShifts.AsNoTracking().Where(s => s.Id == shiftId)
            .Join(db.Camps.AsNoTracking(), s => s.CampId, c => c.Id, (s, c) => new { Shift = s, c.Name, c.Address })
            .SingleAsync(ct);
        return (place.Shift, place.Name, place.Address);
    }

    private static async Task<CampSeason?> CurrentSeasonAsync(PortalDbContext db, CancellationToken ct) =>
        await db.CampSeasons.AsNoTracking().OrderByDescending(s => s.Year).FirstOrDefaultAsync(ct);

    // System scope: a family reaches its records through its own parent record, not a school's scope; every query keys on it.
    private PortalDbContext Family(PortalUser user) => factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
}
