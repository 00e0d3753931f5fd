using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

[Collection(BrowserCollection.Name)]
public sealed class ManagementPagesTests(PortalServer portal)
{
    [BrowserFact]
    public async Task School_admin_sees_own_staff_and_school_details_from_the_menu()
    {
        var page = await portal.SignInAsync("admin1");

        await page.GetByText("Сотрудники").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/management/staff"));
        await Assertions.Expect(page.GetByText("Директор").First).ToBeVisibleAsync();

        await page.GetByText("Сведения о школе").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/management/school"));
        var inn = page.Locator("input[data-testid=school-inn], [data-testid=school-inn] input").First;
        await Assertions.Expect(inn).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^\\d{10}$"));
    }
}
