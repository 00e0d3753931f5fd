using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;

namespace SchoolPortal.Tests.Support;

/// <summary>A parent who cannot sign in finds the region's support desk from the sign-in page, without an account.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SupportFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task A_visitor_who_is_not_signed_in_opens_the_support_contacts_from_the_sign_in_page()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.GetByTestId("support-link").ClickAsync();

        await page.WaitForURLAsync(new Regex("/support$"));
        await Assertions.Expect(page.GetByTestId("support-organization")).ToContainTextAsync("ЧИРО");
        await Assertions.Expect(page.GetByTestId("support-email")).ToHaveAttributeAsync("href", "mailto:support@chiro74.ru");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Поддержка" })).ToBeVisibleAsync();
    }
}
