using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;

namespace SchoolPortal.Tests.Security;

/// <summary>
/// The content security policy in a real browser: the portal's static and interactive pages (Blazor's circuit, MudBlazor,
/// the reconnect module, the inline import map) and the ESIA emulator work under it, and the browser reports no refusal.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ContentSecurityPolicyFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Static_and_interactive_pages_and_the_emulator_work_with_nothing_refused()
    {
        var refusals = new List<string>();
        var admin = await portal.NewPageAsync();
        Watch(admin, refusals);
        await admin.GotoAsync("/account/login");
        await admin.FillAsync("#login", "admin1");
        await admin.FillAsync("#password", "demo");
        await admin.ClickAsync("button[type=submit]");
        await admin.WaitForURLAsync(url => !url.Contains("/account/login"));

        await admin.GotoAsync("/management/pupils");
        // Rendered only once the circuit runs: scripts and the WebSocket were allowed.
        await Assertions.Expect(admin.GetByTestId("add-pupil")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await admin.GetByTestId("add-pupil").ClickAsync();
        await admin.WaitForURLAsync(url => url.EndsWith("/management/pupils/new"));

        var visitor = await portal.NewPageAsync();
        Watch(visitor, refusals);
        await visitor.GotoAsync("/account/login");
        await visitor.GetByTestId("esia-signin").ClickAsync();
        await Assertions.Expect(visitor.GetByTestId("esia-emulator-notice")).ToBeVisibleAsync();

        Assert.Empty(refusals);
    }

    private static void Watch(IPage page, List<string> refusals)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                lock (refusals)
                    refusals.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) =>
        {
            lock (refusals)
                refusals.Add($"{page.Url}: {error}");
        };
    }
}
