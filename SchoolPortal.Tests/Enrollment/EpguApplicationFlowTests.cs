using Microsoft.Playwright;
using SchoolPortal.Integrations.EpguEnrollment;
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
        // The first school of the list is school 1, admin1's.
        var orderId = await EnrollmentUi.FileAndTakeInAsync(family, EpguTestFamily.SecondStage);
        await Assertions.Expect(family.GetByTestId($"epgu-statuses-{orderId}")).ToContainTextAsync("2");

        var admin = await portal.SignInAsync("admin1");
        await EnrollmentUi.OpenApplicationAsync(admin, orderId);
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync("Новое");
        await Assertions.Expect(admin.GetByTestId("card-application")).ToContainTextAsync("ЕПГУ");

        await admin.GetByTestId("action-Register").ClickAsync();
        await BrowserUi.ConfirmAsync(admin, "Зарегистрировать");
        await Assertions.Expect(admin.GetByTestId("card-error")).ToContainTextAsync("начинается 01.04.2027");
        await Assertions.Expect(admin.GetByTestId("card-status")).ToHaveTextAsync("Новое");
    }
}
