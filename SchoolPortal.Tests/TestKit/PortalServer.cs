using Microsoft.Playwright;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;
using SchoolPortal.Tests.DataQuality;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// Starts the real portal (the built SchoolPortal.dll, as `dotnet run` would) on a free port with a fresh SQLite
/// database seeded with the demo region, and one headless Chromium for the browser tests of the collection.
/// </summary>
public class PortalServer : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"schoolportal-e2e-{Guid.NewGuid():N}");
    private PortalProcess? _process;
    private IPlaywright? _playwright;
    private PagePool _pages = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The portal's SQLite file, for a test that must look up what the demo generator made.</summary>
    public string DatabasePath => Path.Combine(_dataFolder, "portal.db");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's pinned today (Clock:Today); a collection that needs another day derives and overrides it.</summary>
    protected virtual DateOnly Today => DemoRegionGenerator.FixedDay;

    public string Log => _process?.Log ?? "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
            throw new InvalidOperationException($"Chromium не найден ({BrowserFactAttribute.ChromiumPath}). Установите: apt-get install -y chromium.");
        Directory.CreateDirectory(_dataFolder);
        TestKeys.PlaceIn(_dataFolder);
        // The region the portal would seed on this day is the run's generated template: the portal starts on a copy of it
        // (and skips seeding, the database not being empty). Another day is seeded by the portal itself.
        if (Today == DemoRegionGenerator.FixedDay)
            DemoRegionTemplate.CopyTo(DatabasePath);
        BaseUrl = $"http://127.0.0.1:{PortalProcess.FreePort()}";
        _pages = new PagePool(() => Browser, BaseUrl);
        await StartProcessAsync();

        // Expectations wait up to 15 s (Playwright's default is 5 s): the browser halves and the other tests share two cores,
        // and a passing expectation returns as soon as it holds, so only a failing one waits longer.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await TestChromium.LaunchAsync(_playwright);
    }

    /// <summary>
    /// Stops the portal and starts it again on the same data (database, folders) and port, with <see cref="Today"/> read anew:
    /// for a flow that spans two days of a campaign. Pages open in the browser reconnect or are reloaded by the test.
    /// </summary>
    protected async Task RestartAsync()
    {
        await StopProcessAsync();
        await StartProcessAsync();
    }

    private async Task StartProcessAsync()
    {
        // Keys and certificates of its own (TestKeys.SettingsFor): the portals of the browser collections start at once.
        _process = new PortalProcess(BaseUrl, new Dictionary<string, string>(TestKeys.SettingsFor(_dataFolder))
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__Sqlite"] = $"Data Source={DatabasePath}",
            ["Demo__Enabled"] = "true",
            // No background jobs: Hangfire would keep its own database in the project folder.
            ["Jobs__Enabled"] = "false",
            // The demo region's today: its lessons, marks and the substitution of teacher1 are dated around it.
            ["Clock__Today"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        await _process.StartAsync();
    }

    private async Task StopProcessAsync()
    {
        if (_process is not null)
            await _process.KillAsync();
        _process = null;
    }

    /// <summary>A page of a browser (context) of its own, used by no other test at the same time (<see cref="PagePool"/>).</summary>
    public Task<IPage> NewPageAsync() => _pages.RentAsync();

    /// <summary>Signs in through the real sign-in form.</summary>
    public async Task<IPage> SignInAsync(string login, string password = "demo") => await SignInFormAsync(await NewPageAsync(), login, password);

    /// <summary>Fills and sends the sign-in form on <paramref name="page"/>; done once the portal sends the browser on.</summary>
    public static async Task<IPage> SignInFormAsync(IPage page, string login, string password = "demo")
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#login", login);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        // The next step's own expectations wait for what they read: only the new address is waited for here. A start page
        // streams its data into the open response, and on a busy machine its «load», once even its DOMContentLoaded, has
        // been seen to lag 30 s.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        await StopProcessAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting server: the temp folder is cleaned by the OS.
        }
    }
}
