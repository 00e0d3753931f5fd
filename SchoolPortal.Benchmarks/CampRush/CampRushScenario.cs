using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SchoolPortal.Benchmarks.PortfolioLoad;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;

namespace SchoolPortal.Benchmarks.CampRush;

/// <summary>
/// Issue 18's <c>camp-rush</c>: the booking minute. The portal runs as its own process (Release build) on a copy of the
/// generated region with <see cref="RushSeason"/>'s 600 places; up to 3,000 demo parents sign in through the form
/// beforehand, then each sends one application (three shifts, a category drawn 10 % внеочередное, 20 % первоочередное)
/// over loopback at a random moment of the same 10 seconds. Afterwards <see cref="RushCheck"/> counts oversold places and
/// places given out of queue order in the database. Last line: <c>camp-rush: oversold n, out of order n, p95 z ms</c>.
/// Any request that is not answered 200 fails the scenario. With <c>--nodes 2</c> two portal processes share the database
/// (as two nodes of a region's cluster) and every parent stays on one of them, alternately: the season's lock is the
/// database's, so no place may be sold twice across the nodes either.
/// </summary>
public sealed class CampRushScenario : IBenchmarkScenario
{
    public const int Parents = 3000;
    public const int WarmUpRequests = 30;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    private const double TargetP95Milliseconds = 300;

    private readonly List<(VirtualUser User, CampApplyBody Body)> _rush = [];
    private readonly List<double> _latencies = [];
    private readonly Dictionary<string, int> _errors = [];
    private string _database = "";
    private int _year;
    private int _warmUpShift;
    private readonly List<PortalProcess> _nodes = [];

    public string Description => "минута открытия записи в лагеря: 3 000 заявлений за 10 секунд на 600 мест по HTTP, портал отдельным процессом";
    public int DefaultRuns => 1;
    public int DefaultWarmups => 0;
    public double? TargetMilliseconds(string size) => null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        var portalDll = await PortalBuild.LocateAsync(null);
        var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Demo);
        _database = Path.Combine(BenchmarkDatabase.Folder, $"camp-rush-{Guid.NewGuid():N}.db");
        File.Copy(cached, _database);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Cleanup();
        var portalDay = DateOnly.ParseExact(PortalProcess.Settings(_database)["Clock__Today"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var shifts = await RushSeason.WriteAsync(_database, portalDay);
        var warmUpShift = await RushSeason.WriteWarmUpAsync(_database, portalDay);
        _year = portalDay.Year + 1;
        var parents = await RushParents.PickAsync(_database, Parents, portalDay.Year + 1);
        if (parents.Count < Parents)
            Console.WriteLine($"  внимание: родителей с детьми лагерного возраста в базе {parents.Count}, а не {Parents}: возьмите --size region");

        var nodes = CommandLine.Positive(Environment.GetCommandLineArgs(), "--nodes", 1);
        // One after the other: the first node makes the key ring in the database, the second reads it.
        for (var n = 1; n <= nodes; n++)
            _nodes.Add(await PortalProcess.StartAsync(portalDll, _database, name: nodes == 1 ? "портал" : $"узел {n}"));
        var clients = _nodes.Select(node => new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 256,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) }).ToList();
        var random = new Random(18);
        foreach (var (parent, index) in parents.Select((p, i) => (p, i)))
        {
            var client = clients[index % clients.Count];
            var choices = Enumerable.Range(0, shifts.Count).OrderBy(_ => random.Next()).Take(3).Select(i => shifts[i]).ToArray();
            var roll = random.Next(100);
            var priority = roll < 10 ? CampPriority.Extraordinary : roll < 30 ? CampPriority.First : CampPriority.General;
            _rush.Add((new VirtualUser(client, parent, CampApiEndpoints.ApplyPath),
                new CampApplyBody(parent.PupilId, choices, priority, priority == CampPriority.General ? null : "Справка № 1")));
        }
        var signedIn = Stopwatch.StartNew();
        await Parallel.ForEachAsync(_rush, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 },
            async (r, ct) => await r.User.SignInAsync(DemoParents.Password, ct));
        _warmUpShift = warmUpShift;
        var warm = Stopwatch.StartNew();
        // Every node compiles the path on its own: each gets the warm-up filings.
        foreach (var (user, body) in _rush.Take(WarmUpRequests * _nodes.Count))
        {
            using var content = JsonContent.Create(body with { Choices = [_warmUpShift], Priority = CampPriority.General, PriorityDocument = null });
            using var answer = await user.SendAsync(HttpMethod.Post, CampApiEndpoints.ApplyPath, content, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
            if (answer.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"Разогрев: ответ {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
        Console.WriteLine($"  разогрев: {WarmUpRequests * _nodes.Count} заявлений в отдельный сезон {portalDay.Year} года за {warm.Elapsed.TotalSeconds:0.0} s" +
            (_nodes.Count > 1 ? $"; узлов {_nodes.Count} на одной базе, родители поровну" : ""));
        Console.WriteLine($"  вошли {_rush.Count} родителей за {signedIn.Elapsed.TotalSeconds:0} s; мест {shifts.Count * RushSeason.PlacesPerShift} " +
            $"в {shifts.Count} сменах; заявления — за {Window.TotalSeconds:0} s");
    }

    public async Task RunAsync()
    {
        var random = new Random(25);
        var offsets = _rush.Select(_ => TimeSpan.FromMilliseconds(random.NextDouble() * Window.TotalMilliseconds)).ToList();
        var start = Stopwatch.StartNew();
        var latencies = new double[_rush.Count];
        await Task.WhenAll(_rush.Select(async (r, i) =>
        {
            var wait = offsets[i] - start.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var content = JsonContent.Create(r.Body);
                using var answer = await r.User.SendAsync(HttpMethod.Post, CampApiEndpoints.ApplyPath, content, HttpCompletionOption.ResponseContentRead,
                    CancellationToken.None);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (answer.StatusCode != HttpStatusCode.OK)
                    Count($"{(int)answer.StatusCode}: {Shorten(await answer.Content.ReadAsStringAsync())}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                Count(e.GetType().Name);
            }
        }));
        Console.WriteLine($"  отправлено {_rush.Count} заявлений за {start.Elapsed.TotalSeconds:0.0} s");
        foreach (var second in Enumerable.Range(0, (int)Window.TotalSeconds))
        {
            var inSecond = Enumerable.Range(0, _rush.Count).Where(i => (int)offsets[i].TotalSeconds == second).Select(i => latencies[i]).Order().ToArray();
            if (inSecond.Length > 0)
                Console.WriteLine($"    секунда {second + 1}: {inSecond.Length} заявлений, p95 {F(inSecond[Math.Max(0, (int)Math.Ceiling(0.95 * inSecond.Length) - 1)])} ms");
        }
        lock (_latencies)
            _latencies.AddRange(latencies);
    }

    public string? LastLine { get; private set; }

    public async Task FinishAsync()
    {
        StopNodes();
        var (oversold, outOfOrder, granted, reserve) = await RushCheck.RunAsync(_database, _year);
        var sorted = _latencies.Order().ToArray();
        var p95 = sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(0.95 * sorted.Length) - 1)];
        var median = sorted.Length == 0 ? double.NaN : ScenarioRunner.Median(sorted);
        Console.WriteLine($"  мест предоставлено {granted}, в резерве {reserve}; ошибок {_errors.Values.Sum()}" +
            (_errors.Count == 0 ? "" : ": " + string.Join("; ", _errors.Select(e => $"{e.Key} × {e.Value}"))));
        Console.WriteLine($"  задержка заявления: медиана {F(median)} ms, p95 {F(p95)} ms, макс. {F(sorted.LastOrDefault())} ms");
        Console.WriteLine($"  цель: 0 лишних мест, 0 вне очереди, p95 ≤ {F(TargetP95Milliseconds)} ms — " +
            (oversold == 0 && outOfOrder == 0 && p95 <= TargetP95Milliseconds ? "выполнена" : "НЕ выполнена"));
        Cleanup();
        LastLine = $"camp-rush: oversold {oversold}, out of order {outOfOrder}, p95 {F(p95)} ms";
        if (_errors.Count > 0)
        {
            Console.WriteLine(LastLine);
            Environment.Exit(1);
        }
    }

    private void Count(string error)
    {
        lock (_errors)
            _errors[error] = _errors.GetValueOrDefault(error) + 1;
    }

    private void StopNodes()
    {
        foreach (var node in _nodes)
            node.Stop();
    }

    private void Cleanup()
    {
        StopNodes();
        if (_database.Length > 0)
            BenchmarkDatabase.Delete(_database);
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160];

    private static string F(double ms) => ScenarioRunner.Format(ms);
}
