using Microsoft.Playwright;
using SchoolPortal.Benchmarks;

namespace SchoolPortal.Tests.TestKit;

/// <summary>Debian's Chromium, headless, with the flags the browser tests run it with (no sandbox as root, no GPU, no updates).</summary>
public static class TestChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = BrowserFactAttribute.ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    });


    /// <summary>
    /// A new browser (context) on the portal at <paramref name="baseUrl"/>, in Russian, closed when the test ends
    /// (<see cref="BrowserPages"/>) unless <paramref name="trackForClosing"/> is false (a <see cref="PagePool"/> takes its
    /// pages back). Actions wait up to 30 s: the browser collections share two cores with the rest of the run.
    /// </summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, string baseUrl, bool trackForClosing = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "ru-RU" });
        if (trackForClosing)
            BrowserPages.Track(context);
        context.SetDefaultTimeout(30_000);
        // No CSS animation or transition: Chromium used about a sixth less processor time, and the tests check what a page
        // says and does, never how it moves.
        await context.AddInitScriptAsync(StillPages.Script);
        return context;
    }
}
