using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// Issue 16 in a real browser, on the demo's day (28.11.2026, outside the grade-1 windows): a family files a grade-1
/// application in the demo's EPGU emulator, the portal takes the inbox in, admin1 finds it under «Заявления» by its EPGU
/// number, sees it came from EPGU, and is refused «Зарегистрировать» with the campaign's window named; the emulator shows
/// the «получено» status the portal sent back.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class EpguApplicationFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task A_family_files_on_the_emulator_and_admin1_finds_it_and_is_told_when_registration_opens()
    {
        var family = await portal.NewPageAsync();
        await family.GotoAsync("/epgu-emulator");
        await Assertions.Expect(family.GetByTestId("epgu-emulator-notice")).ToBeVisibleAsync();
        // The first school of the list is school 1, admin1's.
        await family.GetByTestId("epgu-file-SecondStage").ClickAsync();
        var filed = family.GetByTestId("epgu-message");
        await Assertions.Expect(filed).ToContainTextAsync("Подано заявление №");
        var orderId = Regex.Match(await filed.InnerTextAsync(), @"№ (\d+)").Groups[1].Value;
        await family.GetByTestId("epgu-intake").ClickAsync();
        await Assertions.Expect(filed).ToContainTextAsync("Портал прочитал входящие: принято 1");
        await Assertions.Expect(family.GetByTestId($"epgu-statuses-{orderId}")).ToContainTextAsync("2");

        var admin = await portal.SignInAsync("admin1");
        await admin.GotoAsync("/enrollment/applications");
        await BrowserUi.Input(admin, "filter-search").FillAsync(orderId);
        await admin.GetByTestId("filter-search-button").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("applications-total")).ToHaveTextAsync("Найдено: 1");
        await admin.Locator("[data-testid^='application-'] a").First.ClickAsync();
        await admin.WaitForURLAsync(new Regex(@"/enrollment/applications/\d+$"));
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync("Новое");
        await Assertions.Expect(admin.GetByTestId("card-application")).ToContainTextAsync("ЕПГУ");

        await admin.GetByTestId("action-Register").ClickAsync();
        await BrowserUi.ConfirmAsync(admin, "Зарегистрировать");
        await Assertions.Expect(admin.GetByTestId("card-error")).ToContainTextAsync("начинается 01.04.2027");
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync("Новое");
    }
}
