using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// Issue 16's grade-1 campaign in a real browser, across the end of the first stage: a family files on the EPGU emulator on
/// 14.05.2027; admin1 finds the application under «Заявления», registers it, takes it to review and is refused «Направлен в
/// ООО» with Order 458's rule named; on 01.07.2027 (the portal restarted with its clock moved, the data kept) admin1 directs
/// it, opens the new year's plan, enrols the child by an order into next year's 1st grade, and the emulator shows every
/// status the parent would see on Gosuslugi.
/// </summary>
[Collection(EnrollmentBrowserCollection.Name)]
public sealed class FirstGradeCampaignFlowTests(EnrollmentPortalServer portal)
{
    [BrowserFact]
    public async Task A_first_stage_application_is_directed_only_after_30_june_and_enrolled_by_an_order_with_every_status_sent_to_epgu()
    {
        var family = await portal.NewPageAsync();
        var orderId = await EnrollmentUi.FileAndTakeInAsync(family, EpguTestFamily.FirstStage);
        await family.Context.CloseAsync();

        var admin = await portal.SignInAsync("admin1");
        await EnrollmentUi.OpenApplicationAsync(admin, orderId);
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync("Новое");
        await ActAsync(admin, "Register", "Зарегистрировать", "Зарегистрировано");
        await ActAsync(admin, "TakeForReview", "Принять к рассмотрению", "Принято к рассмотрению");
        await Assertions.Expect(admin.GetByTestId("card-direct-blocked")).ToContainTextAsync("01.07.2027");
        await admin.GetByTestId("action-Direct").ClickAsync();
        await BrowserUi.ConfirmAsync(admin, "Направить в ООО");
        await Assertions.Expect(admin.GetByTestId("card-error")).ToContainTextAsync("До 30.06.2027 включительно заявления первого этапа нельзя переводить в статус «Направлен в ООО»");
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync("Принято к рассмотрению");
        await admin.Context.CloseAsync();

        await portal.MoveToAsync(EnrollmentPortalServer.AfterFirstStage);

        admin = await portal.SignInAsync("admin1");
        var card = await EnrollmentUi.OpenApplicationAsync(admin, orderId);
        await ActAsync(admin, "Direct", "Направить в ООО", "Направлен в ООО");
        // Next year's 1st grade exists once the school's new-year plan is started («Формирование нового учебного года»).
        await admin.GotoAsync("/management/new-year");
        await admin.GetByTestId("newyear-start").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("newyear-start")).ToHaveCountAsync(0);
        await admin.GotoAsync("/enrollment/orders");
        await Assertions.Expect(admin.GetByTestId("order-deadline")).ToContainTextAsync("05.07.2027");
        await BrowserUi.Input(admin, "order-number").FillAsync("45-з");
        await BrowserUi.ChooseAsync(admin, "order-class", new Regex(@"^\s*1\D.*с нового года"));
        await admin.Locator($"[data-testid='order-choose-{card}'] input, input[data-testid='order-choose-{card}']").First.CheckAsync();
        await Assertions.Expect(admin.GetByTestId("order-chosen")).ToContainTextAsync("Выбрано заявлений: 1");
        await admin.GetByTestId("order-issue").ClickAsync();
        await BrowserUi.ConfirmAsync(admin, "Издать акт");
        await Assertions.Expect(admin.GetByTestId("order-result")).ToContainTextAsync("зачислено детей — 1");
        await Assertions.Expect(admin.GetByTestId("order-late")).ToHaveCountAsync(0);
        await admin.GotoAsync($"/enrollment/applications/{card}");
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync("Зачислен");
        await Assertions.Expect(admin.GetByTestId("card-pupil")).ToBeVisibleAsync();

        family = await portal.NewPageAsync();
        await family.GotoAsync("/epgu-emulator");
        await family.GetByTestId("epgu-intake").ClickAsync();
        var statuses = family.GetByTestId($"epgu-statuses-{orderId}");
        foreach (var comment in new[] { "получено", "зарегистрировано", "принято к рассмотрению", "Принято решение о приеме", "ребенок зачислен" })
            await Assertions.Expect(statuses).ToContainTextAsync(comment, new() { IgnoreCase = true });
    }

    private static async Task ActAsync(IPage admin, string action, string button, string status)
    {
        await admin.GetByTestId($"action-{action}").ClickAsync();
        await BrowserUi.ConfirmAsync(admin, button);
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync(status);
    }
}
