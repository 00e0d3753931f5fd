using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
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
    private readonly StringBuilder _log = new();
    private Process? _process;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The portal's SQLite file, for a test that must look up what the demo generator made.</summary>
    public string DatabasePath => Path.Combine(_dataFolder, "portal.db");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's pinned today (Clock:Today); a collection that needs another day derives and overrides it.</summary>
    protected virtual DateOnly Today => DemoRegionGenerator.FixedDay;

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
            throw new InvalidOperationException($"Chromium не найден ({BrowserFactAttribute.ChromiumPath}). Установите: apt-get install -y chromium.");
        Directory.CreateDirectory(_dataFolder);
        // The region the portal would seed on this day is the run's generated template: the portal starts on a copy of it
        // (and skips seeding, the database not being empty). Another day is seeded by the portal itself.
        if (Today == DemoRegionGenerator.FixedDay)
            DemoRegionTemplate.CopyTo(DatabasePath);
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        await StartProcessAsync();

        // Expectations wait up to 15 s (Playwright's default is 5 s): the browser halves and the other tests share two cores,
        // and a passing expectation returns as soon as it holds, so only a failing one waits longer.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
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
        var projectDir = FindProjectDirectory();
        var dll = Path.Combine(projectDir, "bin", BuildConfiguration(), "net10.0", "SchoolPortal.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl])
        {
            WorkingDirectory = projectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__Sqlite"] = $"Data Source={DatabasePath}";
        start.Environment["Demo__Enabled"] = "true";
        // Keys and certificates of its own: the portals of the browser collections start at the same moment, and on a clean
        // clone each would create the shared App_Data files at once and sign with a key another one then overwrote.
        start.Environment["Esia__Emulator__CertificatePath"] = Path.Combine(_dataFolder, "esia-emulator.crt");
        start.Environment["Esia__Emulator__KeyPath"] = Path.Combine(_dataFolder, "esia-emulator-key.pem");
        start.Environment["Esia__Signer__DevelopmentKeyPath"] = Path.Combine(_dataFolder, "esia-development-key.pem");
        // No background jobs: Hangfire would keep its own database in the project folder.
        start.Environment["Jobs__Enabled"] = "false";
        // The demo region's today: its lessons, marks and the substitution of teacher1 are dated around it.
        start.Environment["Clock__Today"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Не удалось запустить портал.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnswersAsync(TimeSpan.FromSeconds(90));
    }

    private async Task StopProcessAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "ru-RU" });

        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real sign-in form.</summary>
    public async Task<IPage> SignInAsync(string login, string password = "demo")
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#login", login);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        // Signed in once the portal has sent the browser on; the next step's own expectations wait for what they read (a
        // family's start page is reached by a redirect, and its «load» event has been seen to lag 30 s on a busy machine).
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
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

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    private async Task WaitUntilAnswersAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"Портал завершился при запуске (код {_process.ExitCode}):\n{Log}");
            try
            {
                var response = await http.GetAsync(BaseUrl + "/account/login");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Портал не ответил за {timeout.TotalSeconds} с:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "SchoolPortal", "SchoolPortal.csproj");
            if (File.Exists(candidate))
                return Path.GetDirectoryName(candidate)!;
        }
        throw new InvalidOperationException("Не найден проект SchoolPortal рядом с тестами.");
    }
}
