using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using SchoolPortal.Data.DemoRegion;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// Issue 4's <c>portfolio-load</c>, measured twice since issue 19: the parents' portfolio page under load from a second
/// process over loopback, (a) on one portal node direct, (b) through nginx on two portal nodes with Redis
/// (<see cref="Cluster.PortalCluster"/>: the repository's nginx configuration, the same embedded database, Cache:Redis).
/// Each portal runs as its own process (its Release build) on one copy of the generated region; for each target this
/// process signs in one demo parent per connection through the sign-in form and has them load their child's page back
/// to back for a bounded time, then stops that target before the next starts (the two never share the cores).
/// One runner "run" is both loads, so the runner's own median of run times means nothing here: <see cref="FinishAsync"/>
/// prints the request statistics of both and the last line (<c>portfolio-load: p95 z ms, ratio y</c>, z the p95 through
/// nginx, y that p95 over the one node's) and ends the process itself. Any failed request, or a page without the marker,
/// fails the scenario with exit code 1.
/// </summary>
public sealed class PortfolioLoadScenario : IBenchmarkScenario
{
    private const double TargetP95Milliseconds = 50;
    private const string Direct = "один узел напрямую";
    private const string ThroughNginx = "два узла с Redis через nginx";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, List<LoadResult>> _results = new() { [Direct] = [], [ThroughNginx] = [] };
    private string _name = "portfolio-load";
    private PortfolioLoadOptions _load = null!;
    private PageMarker _marker = null!;
    private int _warmUpRuns;
    private int _runs;
    private string _portalDll = "";
    private string? _database;
    private IReadOnlyList<DemoParent> _parents = [];
    private PortalProcess? _portal;
    private Cluster.PortalCluster? _cluster;
    private readonly List<Cluster.NodeCpuBudget> _budgets = [];
    private readonly Lock _cleaning = new();
    private bool _cleaned;

    public string Description => "страница портфолио родителя под нагрузкой: один узел напрямую и два узла с Redis через nginx, клиент по loopback";
    public int DefaultRuns => 1;
    public int DefaultWarmups => 0;

    // The target is on p95, not on the runner's median: FinishAsync reports it.
    public double? TargetMilliseconds(string size) => null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        _name = options.Scenario;
        _warmUpRuns = options.Warmups ?? DefaultWarmups;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Cleanup();
        ExitSignals.OnEach(Cleanup);
        try
        {
            _load = PortfolioLoadOptions.Parse(Environment.GetCommandLineArgs());
            _marker = new PageMarker(_load.Marker);
            _portalDll = await PortalBuild.LocateAsync(_load.PortalDll);
            var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Demo);
            _database = Path.Combine(BenchmarkDatabase.Folder, $"portfolio-load-{Guid.NewGuid():N}.db");
            File.Copy(cached, _database);
            Console.WriteLine($"  база: копия {cached} (портал пишет в неё при входе; оба узла кластера работают с ней же)");
            _parents = await DemoParents.PickAsync(_database, _load.Connections);
            if (_parents.Count < _load.Connections)
                Console.WriteLine($"  внимание: родителей с детьми только {_parents.Count}, часть соединений входит под теми же родителями");
            Console.WriteLine($"  нагрузка: {_load.Connections} соединений, разогрев {_load.WarmUpSeconds} s, замер {_load.DurationSeconds} s; " +
                $"страница {_load.PathTemplate}, метка «{_load.Marker}»");
        }
        catch (PortfolioLoadException e)
        {
            Fail(e.Message, 1);
        }
        catch (ArgumentException e)
        {
            Fail(e.Message, 2);
        }
    }

    public async Task RunAsync()
    {
        var measured = ++_runs > _warmUpRuns;
        try
        {
            Console.WriteLine($"  — {Direct}");
            _portal = await PortalProcess.StartAsync(_portalDll, _database!);
            Budget("direct", _portal);
            var direct = await LoadAsync(_portal.Address, () => [_portal.ProcessorTime], measured);
            _portal.Stop();
            _portal = null;
            ReleaseBudgets();

            Console.WriteLine($"  — {ThroughNginx}");
            _cluster = await Cluster.PortalCluster.StartAsync(_portalDll, _database!);
            var cluster = _cluster;
            for (var i = 0; i < cluster.NodeProcesses.Count; i++)
                Budget($"node{i + 1}", cluster.NodeProcesses[i]);
            var nodes = await LoadAsync(cluster.Address, () => cluster.NodeProcesses.Select(n => n.ProcessorTime).ToList(), measured);
            _cluster.Stop();
            _cluster = null;
            ReleaseBudgets();
            if (measured)
            {
                _results[Direct].Add(direct);
                _results[ThroughNginx].Add(nodes);
            }
        }
        catch (PortfolioLoadException e)
        {
            Fail(e.Message, 1);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Fail(e.ToString(), 1);
        }
    }

    /// <summary>The requests' latency, not the whole runs' time, is the result.</summary>
    public string? LastLine { get; private set; }

    public Task FinishAsync()
    {
        if (_results[Direct].Count == 0)
            Fail("Нет ни одного замера (--runs 0?).", 2);
        var totals = _results.ToDictionary(r => r.Key, r => LoadResult.Merge(r.Value));
        foreach (var (target, total) in totals)
        {
            Console.WriteLine($"  {target}: запросов {total.Requests} за {total.Measured.TotalSeconds:0.#} s, ошибок {total.ErrorCount}, " +
                $"{F(total.Throughput)} запросов/с при {_load.Connections} соединениях");
            Console.WriteLine($"    задержка: медиана {F(total.Median)} ms, p95 {F(total.P95)} ms, p99 {F(total.P99)} ms, макс. {F(total.Max)} ms; " +
                (_load.NodeCores is null
                    ? $"цель p95 ≤ {F(TargetP95Milliseconds)} ms — {(total.P95 <= TargetP95Milliseconds ? "выполнена" : "НЕ выполнена")}"
                    : $"(цель p95 ≤ {F(TargetP95Milliseconds)} ms — для узла без ограничения, прогон без --node-cores)"));
        }
        var ratio = totals[ThroughNginx].P95 / totals[Direct].P95;
        Console.WriteLine($"  цель кластера: p95 через nginx не хуже, чем на одном узле (ratio ≤ 1) — {(ratio <= 1 ? "выполнена" : "НЕ выполнена")}");
        if (_load.PathTemplate != PortfolioLoadOptions.PortfolioPath)
            Console.WriteLine($"  внимание: измерена страница {_load.PathTemplate}, а не портфолио {PortfolioLoadOptions.PortfolioPath}");
        Cleanup();
        LastLine = $"{_name}: p95 {F(totals[ThroughNginx].P95)} ms, ratio {ratio.ToString("0.00", CultureInfo.InvariantCulture)}";
        return Task.CompletedTask;
    }

    /// <summary>Signs the parents in at <paramref name="address"/>, checks their pages, then the warm-up and the measured window.</summary>
    private async Task<LoadResult> LoadAsync(Uri address, Func<IReadOnlyList<TimeSpan?>> portalCpu, bool measured)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = _load.Connections,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = address, Timeout = RequestTimeout };
        var users = Enumerable.Range(0, _load.Connections)
            .Select(i => _parents[i % _parents.Count])
            .Select(p => new VirtualUser(client, p, _load.PathFor(p.PupilId)))
            .ToList();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (user, ct) => await user.SignInAsync(DemoParents.Password, ct));
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (user, ct) => await CheckPageAsync(user, ct));
        Console.WriteLine($"  вошли {users.Count} родителей (пароль «{DemoParents.Password}»), например: " +
            string.Join(", ", users.Take(3).Select(u => $"{u.Parent.Login} → {u.PagePath}")));

        var load = MachineLoad.Average();
        var portalBefore = portalCpu();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await LoadRun.RunAsync(users, _marker, TimeSpan.FromSeconds(_load.WarmUpSeconds),
            TimeSpan.FromSeconds(_load.DurationSeconds), CancellationToken.None);
        var clientUsed = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
        var portalUsed = portalCpu().Zip(portalBefore, (after, before) => after - before).ToList();
        if (result.ErrorCount > 0)
            Fail($"{result.ErrorCount} запросов с ошибкой (всего {result.Requests + result.WarmUpRequests + result.ErrorCount}): " +
                 string.Join("; ", result.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} × {e.Value}")), 1);
        if (result.Requests == 0)
            Fail("За время замера не завершился ни один запрос.", 1);

        var seconds = _load.WarmUpSeconds + _load.DurationSeconds;
        Console.WriteLine($"  {(measured ? "замер" : "разогрев")}: {result.Requests} запросов за {_load.DurationSeconds} s " +
            $"({F(result.Throughput)} req/s), медиана {F(result.Median)} ms, p95 {F(result.P95)} ms; до замера {result.WarmUpRequests} запросов");
        var portals = portalUsed.Count == 1 ? $"портал {MachineLoad.Cores(portalUsed[0], TimeSpan.FromSeconds(seconds))}"
            : $"узлы {MachineLoad.Cores(Sum(portalUsed), TimeSpan.FromSeconds(seconds))} ({string.Join(" + ", portalUsed.Select(u => MachineLoad.Cores(u, TimeSpan.FromSeconds(seconds))))}: нагрузка делится по cookie sp_route)";
        Console.WriteLine($"  процессор за {seconds} s: {portals}, клиент {MachineLoad.Cores(clientUsed, TimeSpan.FromSeconds(seconds))} ядра " +
            $"из {Environment.ProcessorCount}; средняя загрузка машины до/после: {load} / {MachineLoad.Average()}");
        client.Dispose();
        return result;
    }

    /// <summary>Before the load: every user's page answers 200 with the marker, so a wrong page fails at once, clearly.</summary>
    private async Task CheckPageAsync(VirtualUser user, CancellationToken ct)
    {
        using var response = await user.SendAsync(HttpMethod.Get, user.PagePath, null, HttpCompletionOption.ResponseContentRead, ct);
        var status = (int)response.StatusCode;
        var hint = _load.PathTemplate == PortfolioLoadOptions.PortfolioPath
            ? $" Страницы портфолио ({PortfolioLoadOptions.PortfolioPath}) ещё нет в этой сборке? Проверить механику можно на " +
              "другой странице: --path /account/change-password --marker \"Смена пароля\"."
            : "";
        if (response.StatusCode != HttpStatusCode.OK)
            throw new PortfolioLoadException($"{user.PagePath} для {user.Parent.Login}: ответ {status}" +
                (response.Headers.Location is { } to ? $" → {to}" : "") + $".{hint}");
        if (!_marker.FoundIn(await response.Content.ReadAsByteArrayAsync(ct)))
            throw new PortfolioLoadException($"{user.PagePath} для {user.Parent.Login}: ответ 200, но без метки «{_marker.Text}» (--marker).{hint}");
    }

    [DoesNotReturn]
    private void Fail(string message, int exitCode)
    {
        Console.Error.WriteLine($"{_name}: ОШИБКА: {message}");
        if (_portal?.ExitReport() is { } exit)
            Console.Error.WriteLine(exit);
        if (_cluster?.ExitReport() is { } clusterExit)
            Console.Error.WriteLine(clusterExit);
        Cleanup();
        Console.Error.Flush();
        Environment.Exit(exitCode);
        throw new UnreachableException();
    }

    /// <summary>
    /// Stops the portal or the cluster and deletes the database copy; runs once, whichever way the process ends (a concurrent caller
    /// waits for it to finish).
    /// </summary>
    private void Cleanup()
    {
        lock (_cleaning)
        {
            if (_cleaned)
                return;
            _cleaned = true;
            _portal?.Stop();
            _cluster?.Stop();
            ReleaseBudgets();
            if (_database is not null)
                BenchmarkDatabase.Delete(_database);
        }
    }

    /// <summary>With <c>--node-cores</c>, holds the portal process to that many cores (a group of its own, <see cref="Cluster.NodeCpuBudget"/>).</summary>
    private void Budget(string name, PortalProcess portal)
    {
        if (_load.NodeCores is not { } cores)
            return;
        var budget = Cluster.NodeCpuBudget.Create(name, cores);
        lock (_budgets)
            _budgets.Add(budget);
        budget.Hold(portal.Id);
        Console.WriteLine($"  {name}: процесс {portal.Id} ограничен {cores.ToString("0.##", CultureInfo.InvariantCulture)} ядра (как на машине такого размера)");
    }

    private void ReleaseBudgets()
    {
        lock (_budgets)
        {
            foreach (var budget in _budgets)
                budget.Dispose();
            _budgets.Clear();
        }
    }

    private static TimeSpan? Sum(IEnumerable<TimeSpan?> times) =>
        times.Aggregate((TimeSpan?)TimeSpan.Zero, (sum, t) => sum is { } s && t is { } v ? s + v : null);

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
