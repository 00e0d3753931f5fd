using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SignInFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Sign_in_page_lists_demo_logins_and_refuses_a_wrong_password()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        await page.WaitForURLAsync(url => url.Contains("/account/login"));
        await Assertions.Expect(page.GetByTestId("demo-accounts")).ToContainTextAsync("admin1");
        await page.FillAsync("#login", "admin1");
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("Неверный логин или пароль");
    }
}
