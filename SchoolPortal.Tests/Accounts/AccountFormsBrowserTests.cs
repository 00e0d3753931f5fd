using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.Accounts;

/// <summary>The real pages in a browser: the forms still work with antiforgery enforced, and a foreign return address is ignored.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountFormsBrowserTests(PortalServer portal)
{
    [BrowserFact]
    public async Task A_password_sign_in_with_a_foreign_return_address_stays_on_the_portal_and_the_exit_button_signs_out()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2F%5Cevil.test");
        await page.FillAsync("#login", "teacher1");
        await page.FillAsync("#password", "demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));

        Assert.StartsWith(portal.BaseUrl + "/", page.Url);
        Assert.DoesNotContain("evil.test", page.Url);

        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/login"));
        await page.GotoAsync("/account/profile");
        await page.WaitForURLAsync(new Regex("/account/login"));
    }

    [BrowserFact]
    public async Task The_profile_pages_link_form_opens_gosuslugi()
    {
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/account/profile");

        await page.GetByTestId("profile-esia-link").ClickAsync();

        await Assertions.Expect(page.GetByTestId("esia-emulator-notice")).ToBeVisibleAsync();
    }
}
