using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using SchoolPortal.Data.DemoRegion;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// Issue 4's <c>portfolio-load</c>: the parents' portfolio page under load from a second process over loopback. The portal
/// runs as its own process (its Release build) on a copy of the generated region; this process signs in one demo parent
/// per connection through the sign-in form and has them load their child's page back to back for a bounded time.
/// One runner "run" is a whole load (warm-up, then the measured window), so the runner's own median of run times means
/// nothing here: <see cref="FinishAsync"/> prints the request statistics and the last line
/// (<c>portfolio-load: median … ms, throughput … req/s, p95 … ms</c>) and ends the process itself, before the runner
/// could print its line. Any failed request, or a page without the marker, fails the scenario with exit code 1.
/// </summary>
public sealed class PortfolioLoadScenario : IBenchmarkScenario
{
    private const double TargetP95Milliseconds = 50;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly List<LoadResult> _results = [];
    private string _name = "portfolio-load";
    private PortfolioLoadOptions _load = null!;
    private PageMarker _marker = null!;
    private int _warmUpRuns;
    private int _runs;
    private string? _database;
    private PortalProcess? _portal;
    private List<VirtualUser> _users = [];
    private readonly Lock _cleaning = new();
    private bool _cleaned;

    public string Description => "страница портфолио родителя под нагрузкой: портал в отдельном процессе, клиент по loopback";
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
            var portalDll = await PortalBuild.LocateAsync(_load.PortalDll);
            var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Demo);
            _database = Path.Combine(BenchmarkDatabase.Folder, $"portfolio-load-{Guid.NewGuid():N}.db");
            File.Copy(cached, _database);
            Console.WriteLine($"  база: копия {cached} (портал пишет в неё при входе)");
            var parents = await DemoParents.PickAsync(_database, _load.Connections);
            if (parents.Count < _load.Connections)
                Console.WriteLine($"  внимание: родителей с детьми только {parents.Count}, часть соединений входит под теми же родителями");

            _portal = await PortalProcess.StartAsync(portalDll, _database);
            var client = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = _load.Connections,
                UseCookies = false,
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            })
            { BaseAddress = _portal.Address, Timeout = RequestTimeout };
            _users = Enumerable.Range(0, _load.Connections)
                .Select(i => parents[i % parents.Count])
                .Select(p => new VirtualUser(client, p, _load.PathFor(p.PupilId)))
                .ToList();

            await Parallel.ForEachAsync(_users, new ParallelOptions { MaxDegreeOfParallelism = 4 },
                async (user, ct) => await user.SignInAsync(DemoParents.Password, ct));
            await Parallel.ForEachAsync(_users, new ParallelOptions { MaxDegreeOfParallelism = 4 },
                async (user, ct) => await CheckPageAsync(user, ct));
            Console.WriteLine($"  вошли {_users.Count} родителей (пароль «{DemoParents.Password}»), например: " +
                string.Join(", ", _users.Take(3).Select(u => $"{u.Parent.Login} → {u.PagePath}")));
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
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Fail(e.ToString(), 1);
        }
    }

    public async Task RunAsync()
    {
        var load = MachineLoad.Average();
        var portalCpu = _portal!.ProcessorTime;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await LoadRun.RunAsync(_users, _marker, TimeSpan.FromSeconds(_load.WarmUpSeconds),
            TimeSpan.FromSeconds(_load.DurationSeconds), CancellationToken.None);
        var clientUsed = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
        var portalUsed = _portal.ProcessorTime - portalCpu;
        if (result.ErrorCount > 0)
            Fail($"{result.ErrorCount} запросов с ошибкой (всего {result.Requests + result.WarmUpRequests + result.ErrorCount}): " +
                 string.Join("; ", result.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} × {e.Value}")), 1);
        if (result.Requests == 0)
            Fail("За время замера не завершился ни один запрос.", 1);

        var seconds = _load.WarmUpSeconds + _load.DurationSeconds;
        var measured = ++_runs > _warmUpRuns;
        Console.WriteLine($"  {(measured ? "замер" : "разогрев")}: {result.Requests} запросов за {_load.DurationSeconds} s " +
            $"({F(result.Throughput)} req/s), медиана {F(result.Median)} ms, p95 {F(result.P95)} ms; до замера {result.WarmUpRequests} запросов");
        Console.WriteLine($"  процессор за {seconds} s: портал {Cores(portalUsed, seconds)}, клиент {Cores(clientUsed, seconds)} ядра " +
            $"из {Environment.ProcessorCount}; средняя загрузка машины до/после: {load} / {MachineLoad.Average()}");
        if (measured)
            _results.Add(result);
    }

    /// <summary>The requests' latency, not the whole runs' time, is the result.</summary>
    public string? LastLine { get; private set; }

    public Task FinishAsync()
    {
        if (_results.Count == 0)
            Fail("Нет ни одного замера (--runs 0?).", 2);
        var total = LoadResult.Merge(_results);
        Console.WriteLine($"  запросов: {total.Requests} за {total.Measured.TotalSeconds:0.#} s, ошибок: {total.ErrorCount}");
        Console.WriteLine($"  пропускная способность: {F(total.Throughput)} запросов/с при {_load.Connections} соединениях");
        Console.WriteLine($"  задержка: медиана {F(total.Median)} ms, p95 {F(total.P95)} ms, p99 {F(total.P99)} ms, макс. {F(total.Max)} ms");
        Console.WriteLine($"  цель: p95 ≤ {F(TargetP95Milliseconds)} ms — {(total.P95 <= TargetP95Milliseconds ? "выполнена" : "НЕ выполнена")}");
        if (_load.PathTemplate != PortfolioLoadOptions.PortfolioPath)
            Console.WriteLine($"  внимание: измерена страница {_load.PathTemplate}, а не портфолио {PortfolioLoadOptions.PortfolioPath}");
        Cleanup();
        LastLine = $"{_name}: median {F(total.Median)} ms, throughput {F(total.Throughput)} req/s, p95 {F(total.P95)} ms";
        return Task.CompletedTask;
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
        Cleanup();
        Console.Error.Flush();
        Environment.Exit(exitCode);
        throw new UnreachableException();
    }

    /// <summary>
    /// Stops the portal and deletes the database copy; runs once, whichever way the process ends (a concurrent caller
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
            if (_database is not null)
                BenchmarkDatabase.Delete(_database);
        }
    }

    private static string Cores(TimeSpan? used, int seconds) =>
        used is { } time ? (time.TotalSeconds / seconds).ToString("0.00", CultureInfo.InvariantCulture) : "н/д";

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
