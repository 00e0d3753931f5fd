using System.Text.Json;
using Microsoft.Playwright;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// One teacher at the journal: a browser context of their own (so a circuit and a sign-in of their own), signed in
/// through the real form, the class journal open in a Blazor circuit, and marks typed into its empty editable cells as
/// a teacher enters a lesson's marks: down the lesson's column, type, Enter (which saves and moves the editor down), a
/// click only where the editor is not in the next cell. Its pages show no animation (<see cref="StillPages"/>). The
/// save round trip is timed inside the page: a key listener notes the Enter press and a mutation observer the moment
/// the cell's state marker (<c>cell-state-…</c>, GridCellStyle) reads «сохранено» or «ошибка», both on the page's
/// clock, so Playwright's polling adds nothing to the figure.
/// </summary>
public sealed class TeacherCircuit(TeacherDesk desk)
{
    private static readonly string[] Marks = ["5", "4", "3", "4", "5"];
    private const int SaveTimeoutMs = 30_000;

    // Arms the timing for one cell: resolves window.__benchSave with { ms, state } once the cell shows a final state.
    private const string ArmScript = """
        ([stateId, timeoutMs]) => {
          let pressed = null;
          window.__benchSave = new Promise(resolve => {
            const finish = (state) => {
              document.removeEventListener('keydown', onKey, true);
              observer.disconnect();
              clearTimeout(timer);
              resolve({ ms: pressed === null ? -1 : performance.now() - pressed, state });
            };
            const onKey = e => { if (e.key === 'Enter' && pressed === null) pressed = performance.now(); };
            const check = () => {
              if (pressed === null) return;
              const marker = document.querySelector(`[data-testid="${stateId}"]`);
              const text = marker ? marker.textContent.trim() : '';
              if (text === 'сохранено' || text === 'ошибка') finish(text);
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            document.addEventListener('keydown', onKey, true);
            const timer = setTimeout(() => finish('timeout'), timeoutMs);
          });
        }
        """;

    // Waits for the editor in the clicked cell to have the focus: one call that a focusin listener answers, not a poll of
    // the page every few milliseconds (fifty pages polling take the cores the portal needs). True once it has it.
    private const string FocusScript = """
        ([cellId, timeoutMs]) => new Promise(resolve => {
          const inCell = () => {
            const active = document.activeElement;
            return !!active && active.dataset.testid === 'cell-editor' && !!active.closest(`[data-testid="${cellId}"]`);
          };
          if (inCell()) { resolve(true); return; }
          const done = ok => { document.removeEventListener('focusin', onFocus, true); clearTimeout(timer); resolve(ok); };
          const onFocus = () => { if (inCell()) done(true); };
          const timer = setTimeout(() => done(inCell()), timeoutMs);
          document.addEventListener('focusin', onFocus, true);
        })
        """;

    // Editable cells, one lesson's column after another and down each column (as a teacher enters a lesson's marks): empty
    // ones when the script is called with true, cells that hold a mark (typed over, a save like any other, when a small
    // class's journal runs out of empty cells over the three steps) with false.
    private const string EditableCellsScript = """
        (cells, empty) => cells.filter(c => !c.classList.contains('ro') && !c.querySelector('input') && (c.textContent.trim() === '') === empty)
                               .sort((a, b) => a.cellIndex - b.cellIndex || a.parentElement.sectionRowIndex - b.parentElement.sectionRowIndex)
                               .map(c => c.dataset.testid)
        """;

    private IBrowserContext? _context;
    private IPage? _page;
    private ICDPSession? _devTools;
    private Queue<string> _cells = new();

    public TeacherDesk Desk { get; } = desk;

    /// <summary>
    /// Signs in and opens the journal; fails unless it offers <paramref name="cellsNeeded"/> editable cells (empty ones first,
    /// then cells with a mark to type over).
    /// </summary>
    public async Task OpenAsync(IBrowser browser, Uri portal, int cellsNeeded)
    {
        _context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.ToString(), Locale = "ru-RU" });
        _context.SetDefaultTimeout(60_000);
        // As a teacher's own computer would, the shared cores draw one frame per change, not every frame of a label sliding
        // or a ripple (the page's time to show «сохранено» is measured the same way).
        await _context.AddInitScriptAsync(StillPages.Script);
        _page = await _context.NewPageAsync();
        _devTools = await _context.NewCDPSessionAsync(_page);
        await _devTools.SendAsync("Performance.enable");
        await _page.GotoAsync(LoginPage.Path);
        await _page.FillAsync("#login", Desk.Login);
        await _page.FillAsync("#password", DemoTeachers.Password);
        var answer = await _page.RunAndWaitForResponseAsync(() => _page.ClickAsync("button[type=submit]"),
            r => r.Request.Method == "POST" && r.Url.Contains(LoginPage.Path, StringComparison.Ordinal));
        try
        {
            await _page.WaitForURLAsync(url => !url.Contains(LoginPage.Path, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException)
        {
            // Say what the form answered (a refusal, a rejected form) rather than only that nothing happened.
            var error = await _page.GetByTestId("login-error").AllInnerTextsAsync();
            throw new PortfolioLoadException($"Учитель {Desk.Login} не вошёл: форма ответила {answer.Status} {answer.StatusText}, " +
                $"страница {_page.Url}{(error.Count > 0 ? $", «{string.Join(" ", error)}»" : "")}.");
        }
        if (_page.Url.Contains(LoginPage.ChangePasswordPath, StringComparison.Ordinal))
            throw new PortfolioLoadException($"Учитель {Desk.Login} должен сменить пароль.");

        await _page.GotoAsync(Desk.JournalPath);
        // The editor is focused once the circuit is up and the grid interactive (BrowserUi.OpenJournalAsync waits the same way).
        await Assertions.Expect(_page.GetByTestId("cell-editor")).ToBeFocusedAsync(new() { Timeout = 60_000 });
        var grid = _page.Locator("tr:not(.gone) > td[data-testid^='cell-']");
        var cells = await grid.EvaluateAllAsync<string[]>(EditableCellsScript, true);
        if (cells.Length < cellsNeeded)
            cells = [.. cells, .. (await grid.EvaluateAllAsync<string[]>(EditableCellsScript, false)).Take(cellsNeeded - cells.Length)];
        if (cells.Length < cellsNeeded)
            throw new PortfolioLoadException($"В журнале {Desk.JournalPath} учителя {Desk.Login} изменяемых ячеек {cells.Length}, нужно {cellsNeeded}.");
        _cells = new Queue<string>(cells);
        // Opening ends as a teacher's does, with a click into the first cell to fill; the marks then go down the column.
        await PutEditorInAsync(_page, cells[0]);
    }

    /// <summary>
    /// Types one mark into the next cell and returns how long the save took to show. Enter saves and moves the editor down
    /// the column, so the next cell usually has it already; the teacher clicks only where the column ends or skips a cell.
    /// </summary>
    public async Task<SaveTiming> TypeMarkAsync(int index)
    {
        var page = _page ?? throw new InvalidOperationException("Журнал не открыт.");
        if (!_cells.TryDequeue(out var cellId))
            throw new PortfolioLoadException($"В журнале {Desk.JournalPath} кончились изменяемые ячейки.");
        if (!await page.EvaluateAsync<bool>(FocusScript, new object[] { cellId, 0 }))
            await PutEditorInAsync(page, cellId);
        await page.Keyboard.TypeAsync(Marks[index % Marks.Length]);
        await page.EvaluateAsync(ArmScript, new object[] { cellId.Replace("cell-", "cell-state-", StringComparison.Ordinal), SaveTimeoutMs });
        await page.Keyboard.PressAsync("Enter");
        var result = await page.EvaluateAsync<JsonElement>("() => window.__benchSave");
        return new SaveTiming(Desk.Login, cellId, result.GetProperty("ms").GetDouble(), result.GetProperty("state").GetString() ?? SaveTiming.TimedOut);
    }

    /// <summary>Clicks the cell until the grid's editor is in it and has the focus.</summary>
    private async Task PutEditorInAsync(IPage page, string cellId)
    {
        var cell = page.GetByTestId(cellId);
        for (var attempt = 1; ; attempt++)
        {
            await cell.ClickAsync();
            if (await page.EvaluateAsync<bool>(FocusScript, new object[] { cellId, 5_000 }))
                return;
            // The click landed while the grid re-rendered: click again.
            if (attempt == 5)
                throw new PortfolioLoadException($"В журнале {Desk.JournalPath} ячейка {cellId} не открылась для ввода после {attempt} щелчков.");
        }
    }

    /// <summary>The renderer's work so far (Chromium's counters for this page).</summary>
    public async Task<PageWork> WorkAsync() =>
        _devTools is null ? PageWork.None : PageWork.From(await _devTools.SendAsync("Performance.getMetrics"));

    public async Task CloseAsync()
    {
        if (_context is not null)
            await _context.CloseAsync();
    }
}
