using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Camps;

/// <summary>An application's way from «Подано» to «Путевка выдана», and the refusals on the way.</summary>
public sealed class CampApplicationTests
{
    private static readonly DateTimeOffset Opening = CampWorld.Opening;

    [Fact]
    public void A_granted_place_carries_the_parents_share_the_deadline_and_a_voucher_number_made_from_the_year_and_number()
    {
        var (application, shift) = Granted(new DateOnly(2027, 5, 12));

        Assert.Equal((CampApplicationStatus.Granted, 4_000m, "20270000042", "ЛО-2027-000042"),
            (application.Status, application.AmountDue, application.VoucherNumber, application.Number));
        Assert.Equal(shift.Id, application.ShiftId);
    }

    [Fact]
    public void A_payment_of_another_sum_is_refused_and_the_exact_sum_pays_and_then_the_voucher_is_issued()
    {
        var (application, _) = Granted(new DateOnly(2027, 5, 12));

        var refusal = Assert.Throws<DomainException>(() => application.RecordPayment(3_999.99m, new DateOnly(2027, 5, 13), "п/п 1", Opening, "банк"));
        application.RecordPayment(4_000m, new DateOnly(2027, 5, 13), "п/п 1", Opening, "банк");
        application.IssueVoucher(Opening.AddDays(1), "оператор");

        Assert.Contains("Оплачено 3 999,99 ₽, а к оплате 4 000,00 ₽", refusal.Message.Replace('\u00a0', ' '));
        Assert.Equal(CampApplicationStatus.VoucherIssued, application.Status);
        Assert.Equal(["Подано", "Место предоставлено — ожидает оплаты", "Оплачено", "Путевка выдана"],
            application.History.Select(h => CampNames.Status(h.Status)));
    }

    [Fact]
    public void An_unpaid_place_is_overdue_only_the_day_after_its_deadline()
    {
        var (application, _) = Granted(new DateOnly(2027, 5, 12));

        Assert.False(application.IsOverdue(new DateOnly(2027, 5, 12)));
        Assert.Throws<DomainException>(() => application.CancelUnpaid(new DateOnly(2027, 5, 12), Opening));
        Assert.True(application.IsOverdue(new DateOnly(2027, 5, 13)));
        application.CancelUnpaid(new DateOnly(2027, 5, 13), Opening);
        Assert.Equal("Аннулировано: не оплачено в срок", application.StatusName);
    }

    [Fact]
    public void The_payment_deadline_skips_the_may_holidays_of_the_production_calendar()
    {
        // Granted on Thursday 07.05.2026: 08.05 is a shortened working day, 09–11.05 are off (Victory Day moved to Monday),
        // so five working days are 08, 12, 13, 14 and 15 May.
        var deadline = CampPaymentTerms.PaymentDeadline(new DateOnly(2026, 5, 7), 5, ProductionCalendar.Russian());

        Assert.Equal(new DateOnly(2026, 5, 15), deadline);
    }

    [Fact]
    public void A_privileged_category_without_its_document_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => New(CampPriority.First, null, [1]));

        Assert.Equal("priorityDocument", refusal.Field);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 1, 2, 3, 4 })]
    [InlineData(new[] { 1, 1 })]
    public void Choices_are_one_to_three_different_shifts(int[] choices)
    {
        Assert.Equal("choices", Assert.Throws<DomainException>(() => New(CampPriority.General, null, choices)).Field);
    }

    [Fact]
    public void A_place_only_in_a_chosen_shift_and_a_withdrawal_gives_it_back()
    {
        var application = New(CampPriority.General, null, [1]);
        SetId(application, 7);
        var other = Shift(2);

        Assert.Throws<DomainException>(() => application.Grant(other, Opening, new DateOnly(2027, 5, 1), "Портал"));
        application.Grant(Shift(1), Opening, new DateOnly(2027, 5, 1), "Портал");
        Assert.True(application.Withdraw(Opening.AddDays(1), "Летова", "передумали"));
        Assert.False(application.IsActive);
    }

    [Fact]
    public void A_shift_with_more_parent_share_than_price_or_fewer_places_than_taken_is_refused()
    {
        var shift = Shift(1);
        shift.Hold();
        shift.Hold();

        Assert.Equal("parentShare", Assert.Throws<DomainException>(() =>
            new CampShift(1, "смена", new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 21), 10, 7, 15, 1_000m, 1_000.01m)).Field);
        Assert.Contains("Уже предоставлено 2 мест", Assert.Throws<DomainException>(() =>
            shift.Change("смена", shift.StartsOn, shift.EndsOn, 1, 7, 15, 20_000m, 4_000m)).Message);
    }

    private static (CampApplication, CampShift) Granted(DateOnly deadline)
    {
        var application = New(CampPriority.General, null, [1]);
        SetId(application, 42);
        var shift = Shift(1);
        shift.Hold();
        application.Grant(shift, Opening, deadline, "Портал");
        return (application, shift);
    }

    private static CampShift Shift(int id)
    {
        var shift = new CampShift(1, "1 смена", new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 21), 10, 7, 15, 20_000m, 4_000m);
        typeof(CampShift).GetProperty(nameof(CampShift.Id))!.SetValue(shift, id);
        return shift;
    }

    private static CampApplication New(CampPriority priority, string? document, int[] choices) =>
        new(2027, CampChannel.Portal, 1, 1, 1, 1, PersonName.Create("Летова", "Анна", "Ивановна"), new DateOnly(2015, 3, 14),
            PersonName.Create("Летова", "Мария", "Петровна"), Opening, priority, document, choices, "тест");

    private static void SetId(CampApplication application, int id) =>
        typeof(CampApplication).GetProperty(nameof(CampApplication.Id))!.SetValue(application, id);
}
