using System.Text.Json;
using Microsoft.Playwright;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// One teacher at the journal: a browser context of their own (so a circuit and a sign-in of their own), signed in through
/// the real form, the class journal open in a Blazor circuit, and marks typed into its empty editable cells as a teacher
/// does (click the cell, type, Enter). The save round trip is timed inside the page: a key listener notes the Enter
/// press and a mutation observer the moment the cell's state marker (<c>cell-state-…</c>, GridCellStyle) reads
/// «сохранено» or «ошибка», both on the page's clock, so Playwright's polling adds nothing to the figure.
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

    private const string EmptyCellsScript = """
        cells => cells.filter(c => !c.classList.contains('ro') && !c.querySelector('input') && c.textContent.trim() === '')
                      .map(c => c.dataset.testid)
        """;

    // Editable cells that already hold a mark: typed over (a save like any other) when a small class's journal runs out of
    // empty cells over the three steps.
    private const string FilledCellsScript = """
        cells => cells.filter(c => !c.classList.contains('ro') && !c.querySelector('input') && c.textContent.trim() !== '')
                      .map(c => c.dataset.testid)
        """;

    private IBrowserContext? _context;
    private IPage? _page;
    private Queue<string> _emptyCells = new();

    public TeacherDesk Desk { get; } = desk;

    /// <summary>
    /// Signs in and opens the journal; fails unless it offers <paramref name="cellsNeeded"/> editable cells (empty ones first,
    /// then cells with a mark to type over).
    /// </summary>
    public async Task OpenAsync(IBrowser browser, Uri portal, int cellsNeeded)
    {
        _context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.ToString(), Locale = "ru-RU" });
        _context.SetDefaultTimeout(60_000);
        _page = await _context.NewPageAsync();
        await _page.GotoAsync(LoginPage.Path);
        await _page.FillAsync("#login", Desk.Login);
        await _page.FillAsync("#password", DemoTeachers.Password);
        await _page.ClickAsync("button[type=submit]");
        await _page.WaitForURLAsync(url => !url.Contains(LoginPage.Path, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        if (_page.Url.Contains(LoginPage.ChangePasswordPath, StringComparison.Ordinal))
            throw new PortfolioLoadException($"Учитель {Desk.Login} должен сменить пароль.");

        await _page.GotoAsync(Desk.JournalPath);
        // The editor is focused once the circuit is up and the grid interactive (BrowserUi.OpenJournalAsync waits the same way).
        await Assertions.Expect(_page.GetByTestId("cell-editor")).ToBeFocusedAsync(new() { Timeout = 60_000 });
        var grid = _page.Locator("tr:not(.gone) > td[data-testid^='cell-']");
        var cells = await grid.EvaluateAllAsync<string[]>(EmptyCellsScript);
        if (cells.Length < cellsNeeded)
            cells = [.. (await grid.EvaluateAllAsync<string[]>(FilledCellsScript)).Take(cellsNeeded - cells.Length).Reverse(), .. cells];
        if (cells.Length < cellsNeeded)
            throw new PortfolioLoadException($"В журнале {Desk.JournalPath} учителя {Desk.Login} изменяемых ячеек {cells.Length}, нужно {cellsNeeded}.");
        // Bottom rows first, the latest lessons last: spread over the sheet rather than one column filled top to bottom.
        _emptyCells = new Queue<string>(cells.Reverse());
    }

    /// <summary>Types one mark into the next empty cell and returns how long the save took to show.</summary>
    public async Task<SaveTiming> TypeMarkAsync(int index)
    {
        var page = _page ?? throw new InvalidOperationException("Журнал не открыт.");
        if (!_emptyCells.TryDequeue(out var cellId))
            throw new PortfolioLoadException($"В журнале {Desk.JournalPath} кончились пустые ячейки.");
        var cell = page.GetByTestId(cellId);
        var editor = cell.Locator("input[data-testid=cell-editor]");
        for (var attempt = 1; ; attempt++)
        {
            await cell.ClickAsync();
            try
            {
                await Assertions.Expect(editor).ToBeFocusedAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (Exception e) when (attempt < 5 && e is PlaywrightException or TimeoutException)
            {
                // The click landed while the grid re-rendered: click again.
            }
        }
        await page.Keyboard.TypeAsync(Marks[index % Marks.Length]);
        await page.EvaluateAsync(ArmScript, new object[] { cellId.Replace("cell-", "cell-state-", StringComparison.Ordinal), SaveTimeoutMs });
        await page.Keyboard.PressAsync("Enter");
        var result = await page.EvaluateAsync<JsonElement>("() => window.__benchSave");
        return new SaveTiming(Desk.Login, cellId, result.GetProperty("ms").GetDouble(), result.GetProperty("state").GetString() ?? SaveTiming.TimedOut);
    }

    public async Task CloseAsync()
    {
        if (_context is not null)
            await _context.CloseAsync();
    }
}
