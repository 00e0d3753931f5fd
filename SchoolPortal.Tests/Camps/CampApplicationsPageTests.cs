using Bunit;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Заявления на путевки» and the card in bunit: the empty list, the scope, and the rejection's reason asked before anything changes.</summary>
public sealed class CampApplicationsPageTests : CampPageContext
{
    private static readonly DateTimeOffset NextDay = CampWorld.Opening.AddDays(1);

    private Task<CampApplication> Apply(Family family, CampShift shift) =>
        World.Filing(family.Parent, CampWorld.Opening).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

    [Fact]
    public void Without_applications_the_list_says_where_they_come_from()
    {
        var cut = RenderFor<CampApplicationsPage>(World.Region.RegionOperator, NextDay);

        cut.WaitForAssertion(() => Assert.Contains("Заявлений на путевки сезона 2027 года пока нет", cut.Find("[data-testid=camp-applications-empty]").TextContent));
    }

    [Fact]
    public async Task The_district_operator_lists_the_districts_application_with_its_status_and_shift()
    {
        var application = await Apply(World.NewFamily(), World.Shift(places: 2));

        var cut = RenderFor<CampApplicationsPage>(World.Region.District1Operator, NextDay);

        cut.WaitForAssertion(() => Assert.Contains(application.Number, cut.Find($"[data-testid=camp-application-{application.Id}]").TextContent));
        Assert.Equal("Место предоставлено — ожидает оплаты", cut.Find("[data-testid=camp-application-status]").TextContent.Trim());
        Assert.Contains("Найдено: 1", cut.Find("[data-testid=camp-applications-total]").TextContent);
    }

    [Fact]
    public async Task Another_districts_operator_sees_an_empty_list_and_not_the_card_by_its_id()
    {
        var application = await Apply(World.NewFamily(), World.Shift(places: 2));

        var list = RenderFor<CampApplicationsPage>(Kit.District2Operator, NextDay);
        list.WaitForAssertion(() => list.Find("[data-testid=camp-applications-empty]"));
        var card = Render<CampApplicationCardPage>(p => p.Add(c => c.Id, application.Id));

        card.WaitForAssertion(() => card.Find("[data-testid=camp-card-not-found]"));
        Assert.Empty(card.FindAll("[data-testid=camp-card-actions]"));
    }

    [Fact]
    public async Task Rejecting_from_the_card_asks_for_a_reason_first_and_then_frees_the_place()
    {
        var shift = World.Shift(places: 1);
        var application = await Apply(World.NewFamily(), shift);
        var cut = RenderFor<CampApplicationCardPage>(World.Region.RegionOperator, NextDay, p => p.Add(c => c.Id, application.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=camp-action-Reject]"));

        await cut.InvokeAsync(() => cut.Find("[data-testid=camp-action-Reject]").Click());
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid=camp-action-confirm]"));
        await Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=camp-action-confirm]").Click());

        Dialogs.WaitForAssertion(() => Assert.Contains("Напишите причину отказа", Dialogs.Find("[data-testid=camp-action-dialog]").TextContent));
        await using (var db = Database.System())
            Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync()).Status);

        Dialogs.Find("[data-testid=camp-action-reason]").Change("Ребенок выбыл из региона");
        await Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=camp-action-confirm]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Отклонено", cut.Find("[data-testid=camp-card-status]").TextContent.Trim()));
        Assert.Equal("Ребенок выбыл из региона", cut.Find("[data-testid=camp-card-rejection]").TextContent);
        await using var check = Database.System();
        Assert.Equal(0, (await check.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
    }

    [Fact]
    public async Task A_payment_of_another_sum_is_refused_in_the_dialog_under_the_sum()
    {
        var application = await Apply(World.NewFamily(), World.Shift(places: 1, share: 5_000m));
        var cut = RenderFor<CampApplicationCardPage>(World.Region.RegionOperator, NextDay, p => p.Add(c => c.Id, application.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=camp-action-RecordPayment]"));

        await cut.InvokeAsync(() => cut.Find("[data-testid=camp-action-RecordPayment]").Click());
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid=camp-action-amount]"));
        Dialogs.Find("[data-testid=camp-action-amount]").Change("4500");
        await Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=camp-action-confirm]").Click());

        Dialogs.WaitForAssertion(() => Assert.Contains("Сумма должна совпадать с суммой к оплате", Dialogs.Find("[data-testid=camp-action-dialog]").TextContent));
        await using var db = Database.System();
        Assert.Equal(CampApplicationStatus.Granted, (await db.CampApplications.SingleAsync()).Status);
    }
}
