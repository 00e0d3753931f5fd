using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Playwright;
using SchoolPortal.Benchmarks.PortfolioLoad;
using SchoolPortal.Data.DemoRegion;

namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// Issue 19's <c>journal-circuits</c>: what one open journal costs the server, and how fast a mark saves with many
/// open. The portal runs as its own process (Release build) on a copy of the generated region; one headless Debian
/// Chromium holds a browser context per teacher (<see cref="TeacherCircuit"/>: signed in through the form, the class
/// journal open in a real Blazor circuit). For each number of open journals N (10, 25, 50 by default, ascending) the
/// journals missing are opened, the machine is let settle (under a quarter busy for 2 s in a row, at most 30 s), then
/// every open journal types a mark into its next cell (TeacherCircuit: down a lesson's column) every 3 s for 60 s; then
/// the portal is made to collect its garbage (<see cref="PortalMemory"/>) and its resident set and managed heap are
/// read with the N circuits still open. Reported: memory at each N, the least-squares slope in MB per circuit, the p95
/// of the save round trip at the largest N. Last line: <c>journal-circuits: p95 z ms, per circuit m MB</c> (the
/// resident set's slope). A save that shows «ошибка» or nothing in 30 s fails the scenario (exit code 1) after the
/// figures are printed.
/// </summary>
public sealed class JournalCircuitsScenario : IBenchmarkScenario
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const double TargetP95Milliseconds = 100;
    private const double TargetMegabytesPerCircuit = 3;
    /// <summary>
    /// A step starts once the machine has been under this share busy for <see cref="SettledSeconds"/> seconds in a row
    /// (<see cref="MachineLoad.SettleAsync"/>; open journals that nobody types in cost almost nothing), or after
    /// <see cref="SettleLimit"/>.
    /// </summary>
    private const double SettledBusyShare = 0.25;
    private const int SettledSeconds = 2;
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);
    /// <summary>The step's saves are also summed up per window of this many seconds: a stall shows as one slow window, shared cores as all.</summary>
    private const int WindowSeconds = 10;

    private readonly List<TeacherCircuit> _open = [];
    private readonly List<MemorySample> _memory = [];
    private readonly Dictionary<int, List<SaveTiming>> _saves = [];
    private readonly Lock _cleaning = new();
    private string _name = "journal-circuits";
    private JournalCircuitsOptions _options = null!;
    private IReadOnlyList<TeacherDesk> _desks = [];
    private IReadOnlyList<int> _steps = [];
    private string? _database;
    private PortalProcess? _portal;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _cleaned;

    public string Description => "открытые журналы учителей в настоящих цепях Blazor (Chromium): память сервера на цепь и время сохранения отметки";
    public int DefaultRuns => 1;
    public int DefaultWarmups => 0;
    public double? TargetMilliseconds(string size) => null;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        _name = options.Scenario;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Cleanup();
        ExitSignals.OnEach(Cleanup);
        try
        {
            if (options.Runs is > 1 || options.Warmups is > 0)
                throw new ArgumentException("journal-circuits — один прогон (ступени --teachers и есть замер): --runs и --warmup не нужны.");
            _options = JournalCircuitsOptions.Parse(Environment.GetCommandLineArgs());
            if (!File.Exists(ChromiumPath))
                throw new PortfolioLoadException($"Нет {ChromiumPath}: apt-get install -y chromium.");
            var portalDll = await PortalBuild.PublishedAsync(_options.PortalDll);
            var cached = await BenchmarkDatabase.CachedRegionAsync(options.Size ?? DemoSize.Demo);
            _database = Path.Combine(BenchmarkDatabase.Folder, $"journal-circuits-{Guid.NewGuid():N}.db");
            File.Copy(cached, _database);
            Console.WriteLine($"  база: копия {cached} (учителя пишут в неё отметки)");
            var today = DateOnly.ParseExact(PortalProcess.Settings(_database)["Clock__Today"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var wanted = _options.Teachers[^1];
            // Shuffled, so every prefix (the first 10, the first 25) is spread over the schools too.
            var random = new Random(19);
            _desks = (await DemoTeachers.PickAsync(_database, today, wanted)).OrderBy(_ => random.Next()).ToList();
            _steps = _options.Teachers.Where(n => n <= _desks.Count).ToList();
            if (_desks.Count < wanted)
            {
                Console.WriteLine($"  внимание: журналов учителей с уроками в открытом периоде только {_desks.Count}, ступени больше пропущены");
                if (_steps.Count < 2)
                    throw new PortfolioLoadException($"Журналов учителей в базе {_desks.Count}: меньше двух ступеней из {string.Join(',', _options.Teachers)}.");
            }
            Console.WriteLine($"  учителя: {_desks.Select(d => d.Login).Distinct().Count()} разных на {_desks.Count} журналов, например " +
                string.Join(", ", _desks.Take(3).Select(d => $"{d.Login} → {d.JournalPath}")));
            Console.WriteLine($"  ступени: {string.Join(", ", _steps)} открытых журналов; на каждой каждый журнал ставит отметку раз в " +
                $"{_options.IntervalSeconds} s в течение {_options.Seconds} s");

            _portal = await PortalProcess.StartAsync(portalDll, _database);
            var baseline = await PortalMemory.SettleAndMeasureAsync(_portal.Id, 0);
            Console.WriteLine($"  портал без журналов: {Describe(baseline)}");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
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
        try
        {
            foreach (var n in _steps)
            {
                var opening = Stopwatch.StartNew();
                var newcomers = _desks.Skip(_open.Count).Take(n - _open.Count).Select(d => new TeacherCircuit(d)).ToList();
                await Parallel.ForEachAsync(newcomers, new ParallelOptions { MaxDegreeOfParallelism = 4 },
                    async (circuit, _) => await circuit.OpenAsync(_browser!, _portal!.Address, _options.MarksPerTeacher * _steps.Count));
                _open.AddRange(newcomers);
                // The pages just opened finish their first renders and the portal its first requests of them: the step measures
                // N journals typing, not N journals opening.
                var settled = await MachineLoad.SettleAsync(SettledBusyShare, SettledSeconds, SettleLimit);
                Console.WriteLine($"  {n} журналов открыты (+{newcomers.Count} за {opening.Elapsed.TotalSeconds:0.0} s, затихли за " +
                    $"{settled.TotalSeconds:0.0} s); отметки {_options.Seconds} s…");

                var load = MachineLoad.Average();
                var workBefore = await WorkAsync(_open);
                var ticks = MachineLoad.Ticks();
                var portalCpu = _portal!.ProcessorTime;
                var typing = Stopwatch.StartNew();
                var saves = await TypeAsync(_open);
                var busy = MachineLoad.BusyShare(ticks, MachineLoad.Ticks());
                var portalUsed = _portal.ProcessorTime - portalCpu;
                var typed = typing.Elapsed;
                var work = await WorkAsync(_open) - workBefore;
                _saves[n] = saves;
                var sample = await PortalMemory.SettleAndMeasureAsync(_portal!.Id, n);
                _memory.Add(sample);
                var saved = saves.Where(s => s.IsSaved).Select(s => s.Milliseconds).Order().ToList();
                Console.WriteLine($"  N = {n}: {Describe(sample)}; сохранений {saved.Count} из {saves.Count}, медиана " +
                    $"{F(saved.Count == 0 ? double.NaN : ScenarioRunner.Median(saved))} ms, p95 {F(NearestRank.Of(saved, 0.95))} ms, " +
                    $"макс. {F(saved.Count == 0 ? double.NaN : saved[^1])} ms; загрузка машины до/после: {load} / {MachineLoad.Average()}, " +
                    $"ядра заняты {F(busy * 100)} % времени ступени");
                // The server's own share of the cores, apart from the browsers beside it: what sizes a node.
                Console.WriteLine($"  портал за ступень: {MachineLoad.Cores(portalUsed, typed)} ядра, " +
                    $"{(portalUsed is { } used ? F(used.TotalMilliseconds / Math.Max(1, saves.Count)) : "н/д")} ms процессора на отметку");
                Console.WriteLine($"  p95 по {WindowSeconds}-секундным отрезкам шага: " + string.Join(", ", saves.Where(s => s.IsSaved)
                    .GroupBy(s => (int)(s.At.TotalSeconds / WindowSeconds)).OrderBy(w => w.Key)
                    .Select(w => $"{w.Key * WindowSeconds}–{(w.Key + 1) * WindowSeconds} s {F(NearestRank.Of(w.Select(s => s.Milliseconds).Order().ToList(), 0.95))}")) + " ms");
                Console.WriteLine($"  браузер на отметку (счётчики Chromium, все страницы): {work.PerMark(saves.Count)}");
                if (_portal.ExitReport() is { } exit)
                    throw new PortfolioLoadException(exit);
            }
        }
        catch (PortfolioLoadException e)
        {
            Fail(e.Message, 1);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            Fail(e.ToString(), 1);
        }
    }

    /// <summary>The save time at the largest N and the memory slope, not the run's time, are the result.</summary>
    public string? LastLine { get; private set; }

    public async Task FinishAsync()
    {
        var largest = _steps[^1];
        var saved = _saves[largest].Where(s => s.IsSaved).Select(s => s.Milliseconds).Order().ToList();
        var p95 = NearestRank.Of(saved, 0.95);
        var perCircuit = LeastSquares.Slope(_memory.Select(m => ((double)m.Circuits, m.ResidentMegabytes)).ToList());
        var heapPoints = _memory.Where(m => m.GcHeapMegabytes is not null).Select(m => ((double)m.Circuits, m.GcHeapMegabytes!.Value)).ToList();
        var heapPerCircuit = heapPoints.Count == _memory.Count ? LeastSquares.Slope(heapPoints) : double.NaN;
        Console.WriteLine($"  память на открытый журнал (наклон по {string.Join(", ", _steps)}): резидентная {F(perCircuit)} MB, " +
            $"управляемая куча {F(heapPerCircuit)} MB; цель ≤ {F(TargetMegabytesPerCircuit)} MB — {(perCircuit <= TargetMegabytesPerCircuit ? "выполнена" : "НЕ выполнена")}");
        Console.WriteLine($"  сохранение отметки при N = {largest}: p95 {F(p95)} ms; цель ≤ {F(TargetP95Milliseconds)} ms — " +
            (p95 <= TargetP95Milliseconds ? "выполнена" : "НЕ выполнена"));
        var failures = _saves.Values.SelectMany(s => s).Where(s => !s.IsSaved).ToList();
        await CloseAsync();
        Cleanup();
        if (failures.Count > 0)
            Fail($"{failures.Count} отметок не сохранились: " +
                 string.Join("; ", failures.Take(5).Select(f => $"{f.Login} {f.Cell}: {f.State}")), 1);
        LastLine = $"{_name}: p95 {F(p95)} ms, per circuit {F(perCircuit)} MB";
    }

    /// <summary>Every open journal types its marks, each on its own beat (the first mark at a random moment of the first interval).</summary>
    private async Task<List<SaveTiming>> TypeAsync(IReadOnlyList<TeacherCircuit> circuits)
    {
        var interval = TimeSpan.FromSeconds(_options.IntervalSeconds);
        var random = new Random(circuits.Count);
        var start = Stopwatch.GetTimestamp();
        var all = await Task.WhenAll(circuits.Select(async circuit =>
        {
            var offset = TimeSpan.FromMilliseconds(random.Next((int)interval.TotalMilliseconds));
            var timings = new List<SaveTiming>();
            for (var k = 0; k < _options.MarksPerTeacher; k++)
            {
                var due = offset + k * interval - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.Zero)
                    await Task.Delay(due);
                var at = Stopwatch.GetElapsedTime(start);
                timings.Add(await circuit.TypeMarkAsync(k) with { At = at });
            }
            return timings;
        }));
        return all.SelectMany(t => t).ToList();
    }

    private static async Task<PageWork> WorkAsync(IEnumerable<TeacherCircuit> circuits) =>
        (await Task.WhenAll(circuits.Select(c => c.WorkAsync()))).Aggregate(PageWork.None, (sum, w) => sum + w);

    private async Task CloseAsync()
    {
        foreach (var circuit in _open)
            await circuit.CloseAsync();
        _open.Clear();
        if (_browser is not null)
            await _browser.CloseAsync();
        _browser = null;
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

    /// <summary>Stops the browser's driver and the portal and deletes the database copy; runs once, whichever way the process ends.</summary>
    private void Cleanup()
    {
        lock (_cleaning)
        {
            if (_cleaned)
                return;
            _cleaned = true;
            // Disposing the driver ends Chromium with it.
            _playwright?.Dispose();
            _portal?.Stop();
            if (_database is not null)
                BenchmarkDatabase.Delete(_database);
        }
    }

    private static string Describe(MemorySample sample) =>
        $"резидентная память {F(sample.ResidentMegabytes)} MB, управляемая куча {(sample.GcHeapMegabytes is { } heap ? F(heap) + " MB" : "н/д")}";

    private static string F(double value) => double.IsNaN(value) ? "н/д" : value.ToString("0.0", CultureInfo.InvariantCulture);
}
