using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>The steps the Е-услуги browser flows share: a family filing on the EPGU emulator, an admin opening the application.</summary>
public static class EnrollmentUi
{
    /// <summary>Files the family's application for the emulator's first school (school 1) and takes the inbox in; returns the EPGU order number.</summary>
    public static async Task<string> FileAndTakeInAsync(IPage family, EpguTestFamily kind)
    {
        await family.GotoAsync("/epgu-emulator");
        await Assertions.Expect(family.GetByTestId("epgu-emulator-notice")).ToBeVisibleAsync();
        await family.GetByTestId($"epgu-file-{kind}").ClickAsync();
        var filed = family.GetByTestId("epgu-message");
        await Assertions.Expect(filed).ToContainTextAsync("Подано заявление №");
        var orderId = Regex.Match(await filed.InnerTextAsync(), @"№ (\d+)").Groups[1].Value;
        await family.GetByTestId("epgu-intake").ClickAsync();
        await Assertions.Expect(filed).ToContainTextAsync("Портал прочитал входящие: принято 1");
        return orderId;
    }

    /// <summary>Finds the application by its EPGU number under «Заявления» and opens its card; returns the card's id.</summary>
    public static async Task<string> OpenApplicationAsync(IPage admin, string orderId)
    {
        await admin.GotoAsync("/enrollment/applications");
        await BrowserUi.Input(admin, "filter-search").FillAsync(orderId);
        await admin.GetByTestId("filter-search-button").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("applications-total")).ToHaveTextAsync("Найдено: 1");
        await admin.Locator("[data-testid^='application-'] a").First.ClickAsync();
        await admin.WaitForURLAsync(new Regex(@"/enrollment/applications/\d+$"));
        return new Uri(admin.Url).Segments[^1];
    }
}
