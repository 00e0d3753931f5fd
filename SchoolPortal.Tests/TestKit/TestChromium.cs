using Microsoft.Playwright;

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
}
