using Microsoft.Playwright;
using SchoolPortal.Benchmarks.Cluster;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Infrastructure.Hosting;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Cluster;

/// <summary>
/// The region on two servers, on this machine: Redis, two portal nodes «a» and «b» on one demo database (jobs on in both,
/// one shared Redis cache) and nginx in front with the repository's configuration; Chromium for the browser. Everything is
/// a child process stopped at the end.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"schoolportal-cluster-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _routes = [];
    private readonly TestKit.RedisServer _redis = new();
    private NginxProxy? _nginx;
    private IPlaywright? _playwright;

    /// <summary>How long a parent may see a portfolio without a mark saved on another node (the portfolio cache's lifetime).</summary>
    public static readonly TimeSpan StatedCacheDelay = TimeSpan.FromSeconds(30);

    public PortalProcess NodeA { get; private set; } = null!;

    public PortalProcess NodeB { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    public string BaseUrl => _nginx!.Address.ToString().TrimEnd('/');

    public IBrowser Browser { get; private set; } = null!;

    public string Logs => $"Узел a:\n{NodeA.Log}\nУзел b:\n{NodeB.Log}\nnginx: {_nginx?.ExitReport()}\n{ReadNginxErrors()}";

    private string ReadNginxErrors()
    {
        var log = Path.Combine(_folder, "nginx", "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    /// <summary>When both nodes were up: the probe job's runs are counted from here.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        DemoRegionTemplate.CopyTo(DatabasePath);
        await _redis.StartAsync();
        NodeA = Node("a");
        NodeB = Node("b");
        // One after the other: the first node migrates the database and makes the emulator's keys the second one reads.
        await NodeA.StartAsync();
        await NodeB.StartAsync();
        StartedAt = DateTimeOffset.UtcNow;
        _nginx = await NginxProxy.StartAsync(Path.Combine(_folder, "nginx"), [new Uri(NodeA.BaseUrl).Port, new Uri(NodeB.BaseUrl).Port], "/account/login");
        // Both routes are learned now, while both nodes are up: learned while nginx has a node out, a route would name the
        // node that stood in for it.
        await RouteToAsync("a");
        await RouteToAsync("b");
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await TestChromium.LaunchAsync(_playwright);
    }

    // The ESIA files in the shared folder, the keys not placed there: node a makes them on start and node b reads them.
    private PortalProcess Node(string name) => new($"http://127.0.0.1:{PortalProcess.FreePort()}", new Dictionary<string, string>(TestKeys.SettingsFor(_folder))
    {
        ["Node__Name"] = name,
        // A home of its own, as on its own server: nothing (the default Data Protection key folder among others) is shared
        // through the file system; what the nodes share goes through the database and Redis.
        ["HOME"] = Directory.CreateDirectory(Path.Combine(_folder, $"home-{name}")).FullName,
        ["Database__Provider"] = "Sqlite",
        ["Database__Sqlite"] = $"Data Source={DatabasePath}",
        ["Demo__Enabled"] = "true",
        ["Cache__Redis"] = _redis.ConnectionString,
        ["Jobs__Enabled"] = "true",
        ["Jobs__SqlitePath"] = Path.Combine(_folder, "hangfire.db"),
        ["Jobs__ServerName"] = $"node-{name}",
        // The harmless probe job every 20 s (Hangfire looks at recurring jobs every 15 s): each run leaves a row.
        ["Jobs__ProbeSchedule"] = "*/20 * * * * *",
        ["Clock__Today"] = DemoRegionGenerator.FixedDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Runs a step of a test; when it fails, says where the browser was and what it showed, with the nodes' logs.</summary>
    public async Task ExplainAsync(IPage page, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            var text = await page.InnerTextAsync("body", new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(нет страницы)");
            throw new Xunit.Sdk.XunitException($"{e.Message}\nСтраница {page.Url}:\n{text}\n{Tail(Logs, 6_000)}");
        }
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

    /// <summary>Starts node a again after a test stopped it, and waits until nginx sends its browsers to it again.</summary>
    public async Task RestartNodeAAsync()
    {
        if (NodeA.ProcessId is null)
            await NodeA.StartAsync();
        await WaitUntilRoutedAsync("a");
    }

    /// <summary>
    /// Waits until nginx sends a browser with <paramref name="node"/>'s route to that node: nginx leaves a node out for its
    /// fail_timeout (15 s) after a failed request (a node stopped by a test, a connection it closed), then tries it again.
    /// </summary>
    private async Task WaitUntilRoutedAsync(string node)
    {
        var route = await RouteToAsync(node);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 60; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, BaseUrl + "/account/login");
            request.Headers.Add("Cookie", $"sp_route={route}");
            using var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues(NodeHeader.Name, out var answered) && answered.Single() == node)
                return;
            await Task.Delay(1_000);
        }
        throw new TimeoutException($"nginx не вернул узел {node} в работу:\n{Logs}");
    }

    /// <summary>
    /// A value of nginx's route cookie that sends a browser to <paramref name="node"/>: found by asking nginx with candidate
    /// values and reading which node answered.
    /// </summary>
    public async Task<string> RouteToAsync(string node)
    {
        if (_routes.TryGetValue(node, out var known))
            return known;
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        for (var i = 0; i < 200; i++)
        {
            var candidate = $"route-{i}";
            using var request = new HttpRequestMessage(HttpMethod.Get, BaseUrl + "/account/login");
            request.Headers.Add("Cookie", $"sp_route={candidate}");
            using var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues(NodeHeader.Name, out var answered))
                _routes.TryAdd(answered.Single(), candidate);
            if (_routes.TryGetValue(node, out var found))
                return found;
        }
        throw new InvalidOperationException($"nginx не направил ни одного запроса на узел {node}:\n{Logs}");
    }

    /// <summary>Pins the browser context to a node: its next requests go there through nginx (checked before it returns).</summary>
    public async Task PinAsync(IBrowserContext context, string node)
    {
        // The cookie nginx set and one added here would both be sent (the older first, and nginx reads the first).
        await context.ClearCookiesAsync(new() { Name = "sp_route" });
        await context.AddCookiesAsync([new Cookie { Name = "sp_route", Value = await RouteToAsync(node), Url = BaseUrl }]);
        await WaitUntilRoutedAsync(node);
    }

    /// <summary>
    /// Moves a browser to the other node. nginx gives the route cookie only to a browser that sent none, so an answer still
    /// on its way to the page does not move it back.
    /// </summary>
    public Task SwitchAsync(IPage page, string node) => PinAsync(page.Context, node);

    /// <summary>A new browser (context) pinned to a node, the pages opened through nginx.</summary>
    public async Task<IPage> NewPageAsync(string node)
    {
        var context = await TestChromium.NewContextAsync(Browser, BaseUrl);
        await PinAsync(context, node);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignInAsync(string node, string login, string password = "demo") =>
        await PortalServer.SignInFormAsync(await NewPageAsync(node), login, password);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        _nginx?.Stop();
        if (NodeA is not null)
            await NodeA.DisposeAsync();
        if (NodeB is not null)
            await NodeB.DisposeAsync();
        await _redis.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
