using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// Issue 17 in a real browser: the region operator opens «Соблюдение Порядка приема» on the demo's finished 2026 campaign,
/// finds the district where applications were directed on 20 June, opens it down to an application and follows its link.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ViolationsFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task The_operator_finds_the_planted_early_directing_and_opens_the_application()
    {
        var page = await portal.SignInAsync("operator");
        await page.GotoAsync("/enrollment/violations?year=2026");

        await Assertions.Expect(page.GetByTestId("violations-dates")).ToContainTextAsync("не позднее 03.07.2026");
        await Assertions.Expect(page.GetByTestId("violations-count-EarlyDirecting")).Not.ToContainTextAsync(": 0");
        var district = page.Locator("[data-testid^=district-]", new() { HasText = "Магнитогорский" });
        await district.Locator("a").ClickAsync();
        var early = page.GetByTestId("violation-row").Filter(new() { HasText = "20.06.2026" }).First;
        await Assertions.Expect(early).ToContainTextAsync("п. 17");
        await Assertions.Expect(page.GetByTestId("letter-body")).ToContainTextAsync("Магнитогорский городской округ: в ходе приемной кампании 2026/2027");

        await early.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/enrollment/applications/\\d+$"));
    }
}
