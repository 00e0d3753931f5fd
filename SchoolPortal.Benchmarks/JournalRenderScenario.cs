using System.Diagnostics;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SchoolPortal.Features.Journal;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// The server-side render of the class journal (30 pupils × 60 lessons with marks and attendance): our grid against the
/// same data in a MudDataGrid in cell-edit mode, both rendered by bunit in one run. The measured time is ours; the ratio
/// is MudDataGrid's median over ours. At the end, the memory one open journal holds (its component tree, renderer and
/// loaded sheet: what a circuit keeps for the page beyond the framework's own per-circuit cost).
/// </summary>
public sealed class JournalRenderScenario : IBenchmarkScenario
{
    private JournalTerm _term = null!;
    private JournalService _journal = null!;
    private JournalSheet _sheet = null!;
    private BunitContext? _context;
    private readonly List<double> _mud = [];
    private readonly List<double> _loads = [];

    public string Description => "отрисовка журнала 30 учеников × 60 уроков на сервере (наша сетка и MudDataGrid в режиме правки ячеек)";
    public int DefaultRuns => 20;
    public int DefaultWarmups => 3;

    public double? TargetMilliseconds(string size) => 30;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        _term = await JournalTerm.CreateAsync();
        _journal = new JournalService(_term.DbFor(_term.Teacher), new PinnedClock(JournalTerm.DayAfter));
        var sheet = await LoadAsync();
        var marks = sheet.Rows.Sum(r => r.Cells.Count(c => !c.Content.Marks.IsEmpty));
        var absences = sheet.Rows.Sum(r => r.Cells.Count(c => c.Content.Attendance is not null));
        Console.WriteLine($"Журнал: {sheet.Rows.Count} учеников × {sheet.Lessons.Count} уроков, клеток с отметками {marks}, с посещаемостью {absences}");
    }

    public async Task BeforeRunAsync()
    {
        _sheet = await LoadAsync();
        _mud.Add(await MeasureAsync(context => context.Render<MudDataGridJournal>(p => p
            .Add(x => x.Rows, MudRows(_sheet))
            .Add(x => x.Columns, _sheet.Lessons.Select((l, i) => new MudJournalColumn(i, l.Date.ToString("dd.MM"))).ToList()))));
        _context = NewContext();
    }

    public Task RunAsync()
    {
        _context!.Render<JournalGrid>(p => p.Add(x => x.Sheet, _sheet));
        return Task.CompletedTask;
    }

    public async Task AfterRunAsync()
    {
        if (_context is not null)
            await _context.DisposeAsync();
        _context = null;
    }

    public string Summary(double median) => $", ratio {ScenarioRunner.Format(ScenarioRunner.Median(_mud) / median)}";

    public async Task FinishAsync()
    {
        Console.WriteLine($"  MudDataGrid (правка ячеек): медиана {ScenarioRunner.Format(ScenarioRunner.Median(_mud))} ms");
        Console.WriteLine($"  загрузка журнала из базы (6 запросов): медиана {ScenarioRunner.Format(ScenarioRunner.Median(_loads))} ms");
        var ours = await RetainedAsync(async context =>
        {
            var sheet = await LoadAsync();
            return context.Render<JournalGrid>(p => p.Add(x => x.Sheet, sheet));
        });
        var mud = await RetainedAsync(async context =>
        {
            var sheet = await LoadAsync();
            return context.Render<MudDataGridJournal>(p => p.Add(x => x.Rows, MudRows(sheet))
                .Add(x => x.Columns, sheet.Lessons.Select((l, i) => new MudJournalColumn(i, l.Date.ToString("dd.MM"))).ToList()));
        });
        Console.WriteLine($"  память одного открытого журнала: {ours / 1048576.0:0.0} МБ (MudDataGrid: {mud / 1048576.0:0.0} МБ)");
        _term.Delete();
    }

    private async Task<JournalSheet> LoadAsync()
    {
        var clock = Stopwatch.StartNew();
        var sheet = await _journal.LoadAsync(_term.ClassId, _term.SubjectId, _term.PeriodId)
                    ?? throw new InvalidOperationException("Журнал бенчмарка не открылся.");
        _loads.Add(clock.Elapsed.TotalMilliseconds);
        return sheet;
    }

    private BunitContext NewContext()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton(_journal);
        context.Services.AddSingleton<TimeProvider>(new PinnedClock(JournalTerm.DayAfter));
        return context;
    }

    private async Task<double> MeasureAsync(Func<BunitContext, object> render)
    {
        // MudBlazor registers services that are only IAsyncDisposable.
        await using var context = NewContext();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        render(context);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Bytes still reachable while the rendered journal is open (after a full collection), the context kept alive.</summary>
    private async Task<long> RetainedAsync(Func<BunitContext, Task<object>> open)
    {
        var context = NewContext();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var rendered = await open(context);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(rendered);
        await context.DisposeAsync();
        return after - before;
    }

    private static List<MudJournalRow> MudRows(JournalSheet sheet) => sheet.Rows
        .Select(r => new MudJournalRow { Pupil = r.FullName, Cells = r.Cells.Select(c => c.Text).ToArray(), Average = JournalFormat.Average(r.Average) })
        .ToList();
}
