using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>The parent's «Летний отдых» on a real SQLite database: the shifts offered, the receipt, the voucher, withdrawing, notices.</summary>
public sealed class FamilyCampsServiceTests : IDisposable
{
    private static readonly DateTimeOffset Later = CampWorld.Opening.AddHours(2);

    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;

    public FamilyCampsServiceTests() => _world = CampWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private FamilyCampsService Service(PortalUser user, DateTimeOffset? now = null) =>
        new(_database.For(user), _database.Factory, _world.Allocator(now ?? Later), new ManualClock(now ?? Later));

    private Task<CampApplication> ApplyAsync(Family family, CampShift shift, int seconds = 0) =>
        _world.Filing(family.Parent, CampWorld.Opening.AddSeconds(seconds)).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

    private static PortalUser PupilAccount => new(9001, "camp.pupil", "Летова Д.", Role.Pupil, null, null);

    [Fact]
    public async Task A_minute_before_the_opening_the_season_is_closed_and_says_when_it_opens_on_the_regions_clock()
    {
        var family = _world.NewFamily();

        var season = await Service(family.Parent, CampWorld.Opening.AddMinutes(-1)).SeasonAsync();
        var opened = await Service(family.Parent, CampWorld.Opening).SeasonAsync();

        Assert.False(season!.IsOpen);
        Assert.Equal("Прием заявлений откроется 25.04.2027 в 09:00", season.OpeningText);
        Assert.True(opened!.IsOpen);
    }

    [Fact]
    public async Task A_child_is_offered_only_the_shifts_that_take_their_age_with_camp_district_share_and_free_places()
    {
        var fits = _world.Shift(places: 3, minAge: 7, maxAge: 15, share: 4_500m);
        _world.Shift(places: 3, minAge: 14, maxAge: 17, name: "2 смена (старшие)");
        var family = _world.NewFamily(new DateOnly(2015, 3, 14));
        await ApplyAsync(_world.NewFamily(), fits);

        var offered = Assert.Single(await Service(family.Parent).ShiftsForAsync(family.PupilId));

        Assert.Equal(fits.Id, offered.Id);
        Assert.Equal(("Лагерь «Уральские зори»", "загородный", "Первый район", 4_500m, 2),
            (offered.CampName, offered.KindName, offered.District, offered.ParentShare, offered.FreePlaces));
    }

    [Fact]
    public async Task A_parent_cannot_list_shifts_for_another_familys_child()
    {
        _world.Shift(places: 3);
        var mine = _world.NewFamily();
        var theirs = _world.NewFamily();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(mine.Parent).ShiftsForAsync(theirs.PupilId));
    }

    [Fact]
    public async Task The_receipt_of_a_granted_place_has_the_payee_the_amount_the_voucher_number_and_the_deadline_in_working_days()
    {
        var shift = _world.Shift(places: 3, share: 12_500m);
        var family = _world.NewFamily();
        var granted = await ApplyAsync(family, shift);

        var receipt = await Service(family.Parent).ReceiptAsync(granted.Id);

        Assert.NotNull(receipt);
        Assert.Equal(("Управление образования", "7451000013", "40102810645370000062", "Отделение Челябинск", "017501500"),
            (receipt.PayeeName, receipt.PayeeInn, receipt.PayeeAccount, receipt.PayeeBank, receipt.PayeeBik));
        Assert.Equal("12 500,00 ₽", receipt.AmountText.Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Equal(granted.VoucherNumber, receipt.VoucherNumber);
        Assert.Equal($"Родительская доля за путевку № {granted.VoucherNumber}", receipt.Purpose);
        Assert.Equal($"до {granted.PaymentDeadline:dd.MM.yyyy} (5 рабочих дней)", receipt.DeadlineText);
        Assert.StartsWith("Летова Мать", receipt.Payer);
        Assert.StartsWith("Летова Дочь", receipt.Child);
        Assert.Contains("1 смена, 01.06–21.06.2027", receipt.Shift);
    }

    [Fact]
    public async Task Another_parent_asking_for_a_receipt_or_voucher_by_id_gets_the_same_answer_as_for_a_missing_id()
    {
        var shift = _world.Shift(places: 3);
        var owner = _world.NewFamily();
        var stranger = _world.NewFamily();
        var granted = await ApplyAsync(owner, shift);
        await PayAndIssueAsync(granted.Id);
        var service = Service(stranger.Parent);

        Assert.Null(await service.ReceiptAsync(granted.Id));
        Assert.Null(await service.VoucherAsync(granted.Id));
        Assert.Null(await service.ReceiptAsync(granted.Id + 1000));
        Assert.Null(await service.VoucherAsync(granted.Id + 1000));
        Assert.NotNull(await Service(owner.Parent).VoucherAsync(granted.Id));
    }

    [Fact]
    public async Task Another_parent_cannot_withdraw_an_application_and_hears_it_was_not_found()
    {
        var shift = _world.Shift(places: 3);
        var owner = _world.NewFamily();
        var stranger = _world.NewFamily();
        var granted = await ApplyAsync(owner, shift);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Service(stranger.Parent).WithdrawAsync(granted.Id));
        var missing = await Assert.ThrowsAsync<DomainException>(() => Service(stranger.Parent).WithdrawAsync(granted.Id + 1000));

        Assert.Equal(FamilyCampsService.NotFound, refusal.Message);
        Assert.Equal(refusal.Message, missing.Message);
        using var db = _database.System();
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == granted.Id)).Status);
        Assert.Equal(1, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
    }

    [Fact]
    public async Task A_pupil_account_is_refused_everywhere_with_the_parents_only_message()
    {
        var shift = _world.Shift(places: 3);
        var family = _world.NewFamily();
        var granted = await ApplyAsync(family, shift);
        var service = Service(PupilAccount);

        foreach (var call in new Func<Task>[]
                 {
                     () => service.SeasonAsync(), () => service.ApplicationsAsync(), () => service.ShowNoticesAsync(),
                     () => service.ShiftsForAsync(family.PupilId), () => service.ReceiptAsync(granted.Id), () => service.VoucherAsync(granted.Id),
                     () => service.WithdrawAsync(granted.Id),
                 })
            Assert.Equal(CampAccess.ParentsOnly, (await Assert.ThrowsAsync<AccessDeniedException>(call)).Message);
    }

    [Fact]
    public async Task Withdrawing_a_granted_place_gives_it_to_the_next_in_reserve_and_tells_both_families()
    {
        var shift = _world.Shift(places: 1);
        var first = _world.NewFamily();
        var second = _world.NewFamily();
        var holder = await ApplyAsync(first, shift);
        var waiting = await ApplyAsync(second, shift, seconds: 1);
        Assert.Equal(CampApplicationStatus.Reserve, waiting.Status);

        await Service(first.Parent).WithdrawAsync(holder.Id);

        using var db = _database.System();
        Assert.Equal(CampApplicationStatus.WithdrawnByApplicant, (await db.CampApplications.SingleAsync(a => a.Id == holder.Id)).Status);
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync(a => a.Id == waiting.Id)).Status);
        Assert.Equal(1, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
        var mine = await Service(first.Parent).ShowNoticesAsync();
        var theirs = await Service(second.Parent).ShowNoticesAsync();
        Assert.Contains("отозвано по вашему отказу", mine[0].Text);
        Assert.Contains("предоставлено место", theirs[0].Text);
        var history = await db.CampStatusChanges.Where(h => h.ApplicationId == holder.Id).OrderBy(h => h.Id).Select(h => h.By).ToListAsync();
        Assert.Contains(first.Parent.Login, history.Last());
    }

    [Fact]
    public async Task The_parents_applications_show_the_choices_the_place_and_what_to_pay_and_no_one_elses()
    {
        var june = _world.Shift(places: 1, name: "1 смена");
        var july = _world.Shift(places: 5, startsOn: new DateOnly(2027, 7, 1), name: "2 смена");
        var family = _world.NewFamily();
        await ApplyAsync(_world.NewFamily(), june);
        var mine = await _world.Filing(family.Parent, CampWorld.Opening.AddSeconds(5))
            .ApplyAsync(new CampRequest(family.PupilId, [june.Id, july.Id], CampPriority.General, null));

        var row = Assert.Single(await Service(family.Parent).ApplicationsAsync());

        Assert.Equal(mine.Number, row.Number);
        Assert.Equal(2, row.Choices.Count);
        Assert.Contains("1 смена", row.Choices[0]);
        Assert.Contains("2 смена, 01.07–21.07.2027", row.GrantedShift);
        Assert.Equal(("Место предоставлено — ожидает оплаты", 5_000m, true, false), (row.StatusName, row.AmountDue, row.HasReceipt, row.HasVoucher));
    }

    [Fact]
    public async Task A_notice_is_new_the_first_time_it_is_shown_and_read_after_that()
    {
        var shift = _world.Shift(places: 3);
        var family = _world.NewFamily();
        await ApplyAsync(family, shift);

        var first = await Service(family.Parent).ShowNoticesAsync();
        var again = await Service(family.Parent).ShowNoticesAsync();

        Assert.True(Assert.Single(first).IsNew);
        Assert.False(Assert.Single(again).IsNew);
    }

    [Fact]
    public async Task The_voucher_shows_the_camp_address_dates_and_the_day_it_was_issued_and_only_once_issued()
    {
        var shift = _world.Shift(places: 3);
        var family = _world.NewFamily();
        var granted = await ApplyAsync(family, shift);
        Assert.Null(await Service(family.Parent).VoucherAsync(granted.Id));

        await PayAndIssueAsync(granted.Id);
        var voucher = await Service(family.Parent).VoucherAsync(granted.Id);

        Assert.NotNull(voucher);
        Assert.Equal(granted.VoucherNumber, voucher.VoucherNumber);
        Assert.Equal("Челябинская обл., пос. Кременкуль", voucher.Address);
        Assert.Equal((new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 21)), (voucher.StartsOn, voucher.EndsOn));
        Assert.Equal("Путевка выдана 28.04.2027", voucher.IssuedText);
    }

    [Fact]
    public async Task School_staff_print_the_receipt_of_their_schools_child_and_another_schools_staff_do_not_find_it()
    {
        var shift = _world.Shift(places: 3);
        var family = _world.NewFamily();
        var granted = await ApplyAsync(family, shift);

        Assert.NotNull(await Service(_world.Region.Admin1).ReceiptAsync(granted.Id));
        Assert.NotNull(await Service(_world.Region.District1Operator).ReceiptAsync(granted.Id));
        Assert.Null(await Service(_world.Region.Admin2).ReceiptAsync(granted.Id));
    }

    /// <summary>Paid on 27.04 and issued on 28.04.2027 (region time), as the operator would record them.</summary>
    private async Task PayAndIssueAsync(int applicationId)
    {
        using var db = _database.System();
        var application = await db.CampApplications.SingleAsync(a => a.Id == applicationId);
        application.RecordPayment(application.AmountDue!.Value, new DateOnly(2027, 4, 27), "п/п 1", CampWorld.Opening.AddDays(2), "Оператор");
        application.IssueVoucher(CampWorld.Opening.AddDays(3), "Оператор");
        await db.SaveChangesAsync();
    }
}
