using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Заявления на путевки» on a real SQLite database: each user sees their scope, and the operators' actions keep the places and the queue.</summary>
public sealed class CampApplicationsServiceTests : IDisposable
{
    private static readonly DateTimeOffset NextDay = CampWorld.Opening.AddDays(1);

    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;
    private readonly CampStaffKit _kit;

    public CampApplicationsServiceTests()
    {
        _world = CampWorld.Create(_database);
        _kit = new CampStaffKit(_world);
    }

    public void Dispose() => _database.Dispose();

    private CampApplicationsService Service(PortalUser user) => _kit.Applications(user, NextDay);

    private Task<CampApplication> Apply(Family family, CampShift shift, int second) =>
        _world.Filing(family.Parent, CampWorld.Opening.AddSeconds(second)).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

    /// <summary>A child of school 1 in district 1's camp, and a child of school 2 in district 2's camp.</summary>
    private async Task<(CampApplication Near, CampApplication Far)> TwoDistrictsAsync()
    {
        var near = await Apply(_world.NewFamily(), _world.Shift(places: 5), 1);
        var far = await Apply(_kit.SchoolTwoFamily(), _kit.DistrictTwoCamp(places: 5).Shift, 2);
        return (near, far);
    }

    [Fact]
    public async Task A_municipal_operator_sees_only_their_districts_applications_and_cannot_open_or_reject_another_by_id()
    {
        var (near, far) = await TwoDistrictsAsync();
        var service = Service(_world.Region.District1Operator);

        var list = await service.ListAsync(new CampApplicationFilter(CampWorld.Year));

        Assert.Equal([near.Id], list.Rows.Select(r => r.Id));
        Assert.Null(await service.CardAsync(far.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.RejectAsync(far.Id, "проверка"));
        Assert.Equal(2, (await Service(_world.Region.RegionOperator).ListAsync(new CampApplicationFilter(CampWorld.Year))).Total);
        using var db = _database.System();
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == far.Id)).Status);
    }

    [Fact]
    public async Task A_district_operator_sees_another_districts_child_who_chose_the_districts_camp_with_the_childs_school()
    {
        var visitor = await Apply(_kit.SchoolTwoFamily(), _world.Shift(places: 5), 1);

        var list = await Service(_world.Region.District1Operator).ListAsync(new CampApplicationFilter(CampWorld.Year));

        var row = Assert.Single(list.Rows);
        Assert.Equal((visitor.Id, "МБОУ «СОШ № 2»"), (row.Id, row.SchoolName));
        Assert.Equal(1, list.Total);
    }

    [Fact]
    public async Task A_school_administrator_sees_only_their_schools_applications_and_may_not_reject()
    {
        var (near, far) = await TwoDistrictsAsync();
        var service = Service(_world.Region.Admin2);

        var list = await service.ListAsync(new CampApplicationFilter(CampWorld.Year));
        var card = await service.CardAsync(far.Id);

        Assert.Equal([far.Id], list.Rows.Select(r => r.Id));
        Assert.Null(await service.CardAsync(near.Id));
        Assert.NotNull(card);
        Assert.Empty(card.Actions);
        var refusal = await Assert.ThrowsAsync<AccessDeniedException>(() => service.RejectAsync(far.Id, "проверка"));
        Assert.Equal(CampApplicationsService.OperatorsOnly, refusal.Message);
    }

    [Fact]
    public async Task The_list_filters_by_surname_status_and_shift_and_keeps_queue_order()
    {
        var shift = _world.Shift(places: 1);
        var first = await Apply(_world.NewFamily(), shift, 1);
        var second = await Apply(_world.NewFamily(), shift, 2);
        await Apply(_kit.SchoolTwoFamily(), _kit.DistrictTwoCamp(places: 5).Shift, 3);
        var service = Service(_world.Region.RegionOperator);

        var letova = await service.ListAsync(new CampApplicationFilter(CampWorld.Year, Surname: "летова"));
        var reserve = await service.ListAsync(new CampApplicationFilter(CampWorld.Year, Status: CampApplicationStatus.Reserve));
        var inShift = await service.ListAsync(new CampApplicationFilter(CampWorld.Year, ShiftId: shift.Id), CampApplicationSort.Newest);

        Assert.Equal([first.Id, second.Id], letova.Rows.Select(r => r.Id));
        Assert.Equal([second.Id], reserve.Rows.Select(r => r.Id));
        Assert.Equal([second.Id, first.Id], inShift.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Rejecting_a_granted_place_gives_it_to_the_next_in_reserve_exactly_once()
    {
        var shift = _world.Shift(places: 1);
        var holder = await Apply(_world.NewFamily(), shift, 1);
        var next = await Apply(_world.NewFamily(), shift, 2);
        var last = await Apply(_world.NewFamily(), shift, 3);
        var service = Service(_world.Region.District1Operator);

        var given = await service.RejectAsync(holder.Id, "Документы о праве не подтверждены");
        var again = await _world.Allocator(NextDay).AllocateAsync(CampWorld.Year);
        var twice = await Assert.ThrowsAsync<DomainException>(() => service.RejectAsync(holder.Id, "повторно"));

        using var db = _database.System();
        var statuses = await db.CampApplications.ToDictionaryAsync(a => a.Id, a => a.Status);
        Assert.Equal((1, 0), (given, again));
        Assert.Equal((CampApplicationStatus.Rejected, CampApplicationStatus.Granted, CampApplicationStatus.Reserve),
            (statuses[holder.Id], statuses[next.Id], statuses[last.Id]));
        Assert.Equal(1, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
        Assert.Contains("Документы о праве не подтверждены",
            (await db.CampNotices.SingleAsync(n => n.ApplicationId == holder.Id && n.Status == CampApplicationStatus.Rejected)).Text);
        Assert.Equal(1, await db.CampNotices.CountAsync(n => n.ApplicationId == next.Id && n.Status == CampApplicationStatus.Granted));
        Assert.Contains("Отклонить можно", twice.Message);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_is_refused_and_the_place_stays()
    {
        var shift = _world.Shift(places: 1);
        var holder = await Apply(_world.NewFamily(), shift, 1);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Service(_world.Region.RegionOperator).RejectAsync(holder.Id, "  "));

        Assert.Equal("reason", refusal.Field);
        using var db = _database.System();
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == holder.Id)).Status);
        Assert.Equal(1, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
    }

    [Fact]
    public async Task A_payment_by_hand_with_a_wrong_amount_is_refused_and_the_right_one_leads_to_the_voucher()
    {
        var holder = await Apply(_world.NewFamily(), _world.Shift(places: 1, share: 5_000m), 1);
        var service = Service(_world.Region.RegionOperator);
        var paidOn = new DateOnly(2027, 4, 26);

        var wrong = await Assert.ThrowsAsync<DomainException>(() => service.RecordPaymentAsync(holder.Id, 4_999m, paidOn));
        using (var db = _database.System())
            Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == holder.Id)).Status);
        await service.RecordPaymentAsync(holder.Id, 5_000m, paidOn);
        await service.IssueVoucherAsync(holder.Id);

        Assert.Equal("amount", wrong.Field);
        using var check = _database.System();
        var paid = await check.CampApplications.Include(a => a.History).SingleAsync(a => a.Id == holder.Id);
        Assert.Equal(CampApplicationStatus.VoucherIssued, paid.Status);
        Assert.Equal("внесено оператором Оператор региона (operator)", paid.PaymentReference);
        Assert.Equal((5_000m, paidOn), (paid.PaidAmount, paid.PaidOn));
        Assert.Equal([CampApplicationStatus.Paid, CampApplicationStatus.VoucherIssued],
            await check.CampNotices.Where(n => n.ApplicationId == holder.Id && n.Status != CampApplicationStatus.Granted).OrderBy(n => n.Id).Select(n => n.Status).ToListAsync());
    }

    [Fact]
    public async Task A_payment_dated_tomorrow_is_refused()
    {
        var holder = await Apply(_world.NewFamily(), _world.Shift(places: 1), 1);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            Service(_world.Region.RegionOperator).RecordPaymentAsync(holder.Id, 5_000m, new DateOnly(2027, 4, 27)));

        Assert.Equal("paidOn", refusal.Field);
    }

    [Fact]
    public async Task A_school_administrator_finds_a_pupil_of_the_school_by_surname_and_registers_the_parents_application()
    {
        var shift = _world.Shift(places: 3);
        var family = _world.NewFamily();
        var service = Service(_world.Region.Admin1);

        var found = await service.FindPupilsAsync("летова");
        var application = await service.RegisterAsync(family.PupilId, family.ParentId, [shift.Id], CampPriority.General, null);

        var pupil = Assert.Single(found);
        Assert.Equal(family.ParentId, Assert.Single(pupil.Parents).ParentId);
        Assert.Equal((CampChannel.OnBehalf, CampApplicationStatus.Granted), (application.Channel, application.Status));
        Assert.Empty(await Service(_world.Region.Admin2).FindPupilsAsync("Летова"));
    }

    [Fact]
    public async Task Another_schools_administrator_cannot_register_for_a_pupil_outside_the_school()
    {
        var shift = _world.Shift(places: 3);
        var family = _world.NewFamily();

        await Assert.ThrowsAsync<DomainException>(() =>
            Service(_world.Region.Admin2).RegisterAsync(family.PupilId, family.ParentId, [shift.Id], CampPriority.General, null));

        using var db = _database.System();
        Assert.Equal(0, await db.CampApplications.CountAsync());
    }
}
