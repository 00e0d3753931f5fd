using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// Keyboard entry into an <see cref="IEditableGrid"/>, spreadsheet-like: one focused cell; typing fills it (Russian codes on any
/// layout), Enter / Tab / arrows commit and move, Delete clears, Escape cancels, Backspace edits. Each commit shows the
/// typed value at once and saves in the background, one save per cell at a time (a newer entry waits for the running one and
/// then goes with the version it returned). Failures and conflicts stay on the cell until the teacher retries, keeps the
/// current value or overwrites it. Only the rows that changed are touched (<see cref="IEditableGrid.Touch"/>);
/// <see cref="Changed"/> tells the page when more than the typed-in row has to render.
/// </summary>
public sealed class GridEditor(IEditableGrid grid, Func<GridCell, string, int, Task<CellSaveResult>> save)
{
    public const string NotSaved = "Не сохранено: сервер не ответил или база данных недоступна. Нажмите «Повторить».";

    private readonly Dictionary<GridCell, Task> _running = [];
    private readonly Dictionary<GridCell, string> _next = [];
    private readonly List<GridCell> _problems = [];

    public IEditableGrid Grid => grid;

    public int Row { get; private set; } = -1;

    public int Column { get; private set; } = -1;

    /// <summary>Grows with every focus move: the row with the editor moves the browser's focus into it once per move.</summary>
    public int FocusGeneration { get; private set; }

    public GridCell? Focused => Row < 0 ? null : grid.CellAt(Row, Column);

    /// <summary>
    /// Whether the browser's side of the grid is attached. Until it is, no row puts the focus into its editor: a key typed
    /// there would reach the input but not the server, and the mark would vanish on the next move. The browser's side
    /// focuses the editor itself when it attaches.
    /// </summary>
    public bool KeysAttached { get; private set; }

    public void MarkKeysAttached() => KeysAttached = true;

    /// <summary>What is being typed into the focused cell; null when the cell is not being edited.</summary>
    public string? Buffer { get; private set; }

    /// <summary>What the editor shows: the typed text, or the cell's value.</summary>
    public string EditorText => Buffer ?? Focused?.Text ?? "";

    /// <summary>The last refusal (an invalid key, a read-only cell, a refused save), for the status line.</summary>
    public string? Message { get; private set; }

    /// <summary>Cells whose save failed (to retry) or met a conflict (to decide), oldest first.</summary>
    public IReadOnlyList<GridCell> Problems => _problems;

    /// <summary>Raised when more than the focused row changed: focus moved, a background save ended, a problem was resolved.</summary>
    public event Action? Changed;

    public bool IsFocused(int row, int column) => Row == row && Column == column;

    /// <summary>Moves the focus (committing what was typed into the previous cell).</summary>
    public void Focus(int row, int column)
    {
        if (row < 0 || row >= grid.RowCount || column < 0 || column >= grid.ColumnCount || IsFocused(row, column))
            return;
        if (!Commit())
            return;
        var previous = Row;
        Row = row;
        Column = column;
        FocusGeneration++;
        if (previous >= 0)
            grid.Touch(previous);
        grid.Touch(row);
        Changed?.Invoke();
    }

    /// <summary>Handles a key pressed in the focused cell (the browser's KeyboardEvent.key).</summary>
    public void Key(string key, bool shift = false, bool modifier = false)
    {
        var cell = Focused;
        if (cell is null || modifier)
            return;
        switch (key)
        {
            case "Enter":
                Move(shift ? -1 : 1, 0);
                break;
            case "Tab":
                MoveNext(shift ? -1 : 1);
                break;
            case "ArrowUp":
                Move(-1, 0);
                break;
            case "ArrowDown":
                Move(1, 0);
                break;
            case "ArrowLeft":
                Move(0, -1);
                break;
            case "ArrowRight":
                Move(0, 1);
                break;
            case "Escape":
                Buffer = null;
                Message = null;
                if (cell.Status is { Kind: CellStatusKind.Failed, CanRetry: false })
                    cell.Status = null;
                grid.Touch(Row);
                Changed?.Invoke();
                break;
            case "Delete":
                if (Editable(cell))
                {
                    Buffer = null;
                    Save(cell, "");
                }
                break;
            case "Backspace":
                if (Editable(cell))
                {
                    var text = Buffer ?? cell.Text;
                    Buffer = text.Length == 0 ? "" : text[..^1].TrimEnd();
                    grid.Touch(Row);
                }
                break;
            default:
                if (key.Length == 1)
                    Type(cell, key[0]);
                break;
        }
    }

    /// <summary>
    /// Asks the page to render the focused row: for a key that reached an editor the focus had just left (the browser moves its
    /// focus after the server rendered the move, so quick typing lands in the old cell's input; it belongs to the new cell).
    /// </summary>
    public void Refresh() => Changed?.Invoke();

    /// <summary>
    /// Text that came without key presses (an IME, a mobile keyboard, a paste): typed into the focused cell character by
    /// character, like keys. Only the inserted text counts, never the browser input's value: that input may still be the
    /// editor of the cell the focus has just left, holding that cell's text.
    /// </summary>
    public void Insert(string? text)
    {
        foreach (var c in text ?? "")
        {
            if (Focused is not { } cell)
                return;
            Type(cell, c);
        }
    }

    /// <summary>Saves again what failed to save.</summary>
    public void Retry(GridCell cell)
    {
        if (cell.Status is { CanRetry: true, PendingText: { } text })
            Save(cell, text, force: true);
    }

    /// <summary>After a conflict: the other user's value stays.</summary>
    public void KeepCurrent(GridCell cell)
    {
        if (cell.Status?.Kind != CellStatusKind.Conflict)
            return;
        cell.Status = null;
        Resolve(cell);
    }

    /// <summary>After a conflict: the teacher's own value is saved over the current one (which the cell now shows).</summary>
    public void Overwrite(GridCell cell)
    {
        if (cell.Status is not { Kind: CellStatusKind.Conflict } status)
            return;
        cell.Status = null;
        _problems.Remove(cell);
        if (status.PendingText is { } mine)
            Save(cell, mine, force: true);
        Changed?.Invoke();
    }

    /// <summary>Takes the result of a save made outside the keyboard (a mark's work type and weight from the side panel).</summary>
    public void Accept(GridCell cell, CellSaveResult result)
    {
        Apply(cell, result, mine: null);
        grid.Touch(cell.Row);
        Changed?.Invoke();
    }

    /// <summary>Completes when no save is running (for tests and for leaving the page).</summary>
    public Task WhenIdle() => Task.WhenAll(_running.Values.Where(t => !t.IsCompleted).ToList());

    private void Type(GridCell cell, char typed)
    {
        if (!Editable(cell))
            return;
        var c = CellInput.Normalize(typed);
        if (c is null)
        {
            Message = $"«{typed}» — не отметка и не код посещаемости. Допустимо: 1–5, з, нз, н, б, оп, уп.";
            if (cell.Status is null or { Kind: CellStatusKind.Saved or CellStatusKind.Failed, CanRetry: false })
                cell.Status = CellStatus.Failed(Message);
            grid.Touch(Row);
            Changed?.Invoke();
            return;
        }
        if (c == ' ' && Buffer is null)
            return;
        Buffer = (Buffer ?? "") + c;
        if (cell.Status is { Kind: CellStatusKind.Failed, CanRetry: false })
            cell.Status = null;
        grid.Touch(Row);
    }

    private bool Editable(GridCell cell)
    {
        if (cell.IsEditable)
            return true;
        if (Message != cell.ReadOnlyReason)
        {
            Message = cell.ReadOnlyReason;
            grid.Touch(Row);
            Changed?.Invoke();
        }
        return false;
    }

    private void Move(int rows, int columns)
    {
        if (!Commit())
            return;
        Focus(Math.Clamp(Row + rows, 0, grid.RowCount - 1), Math.Clamp(Column + columns, 0, grid.ColumnCount - 1));
    }

    // Tab runs along the row and on to the next one, like a text.
    private void MoveNext(int step)
    {
        var index = Row * grid.ColumnCount + Column + step;
        if (index < 0 || index >= grid.RowCount * grid.ColumnCount)
        {
            Commit();
            return;
        }
        if (Commit())
            Focus(index / grid.ColumnCount, index % grid.ColumnCount);
    }

    /// <returns>False when the typed text is not a valid entry: the focus stays for the teacher to fix it.</returns>
    private bool Commit()
    {
        if (Buffer is not { } text || Focused is not { } cell)
            return true;
        Buffer = null;
        return Save(cell, text);
    }

    private bool Save(GridCell cell, string text, bool force = false)
    {
        string preview;
        try
        {
            preview = cell.Preview(text);
        }
        catch (DomainException e)
        {
            Message = e.Message;
            cell.Status = CellStatus.Failed(e.Message);
            grid.Touch(cell.Row);
            Changed?.Invoke();
            return false;
        }
        if (!force && preview == cell.Text && cell.Status is not { IsProblem: true })
        {
            grid.Touch(cell.Row);
            return true;
        }
        Message = null;
        cell.ShowPending(preview);
        cell.Status = CellStatus.Saving;
        grid.Touch(cell.Row);
        // A save of this cell still running: the newer entry waits for it (and for the version it brings back).
        if (_running.TryGetValue(cell, out var running) && !running.IsCompleted)
            _next[cell] = text;
        else
            _running[cell] = RunAsync(cell, text);
        return true;
    }

    private async Task RunAsync(GridCell cell, string text)
    {
        while (true)
        {
            CellSaveResult? result;
            var version = cell.Version;
            try
            {
                // Off the circuit's thread: SQLite answers synchronously, and the keystroke must render before the save is done.
                result = await Task.Run(() => save(cell, text, version));
            }
            catch (AccessDeniedException e)
            {
                result = CellSaveResult.Refused(e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                result = null;
            }
            var next = _next.Remove(cell, out var queued) ? queued : null;
            if (result is null)
            {
                cell.Status = CellStatus.Failed(NotSaved, next ?? text);
                Remember(cell);
            }
            else
            {
                Apply(cell, result, next ?? text);
            }
            if (next is not null && result is { Status: not CellSaveStatus.Conflict })
            {
                // The newer entry goes on from the version just saved (a conflict waits for the teacher instead).
                text = next;
                cell.ShowPending(cell.Preview(next));
                cell.Status = CellStatus.Saving;
                grid.Touch(cell.Row);
                continue;
            }
            grid.Touch(cell.Row);
            Changed?.Invoke();
            return;
        }
    }

    private void Apply(GridCell cell, CellSaveResult result, string? mine)
    {
        switch (result.Status)
        {
            case CellSaveStatus.Saved:
                cell.Accept(result);
                cell.Status = CellStatus.Saved;
                _problems.Remove(cell);
                grid.Recalculate(cell);
                break;
            case CellSaveStatus.Conflict:
                cell.Accept(result);
                cell.Status = CellStatus.Conflict(result.Message ?? "", mine);
                Remember(cell);
                grid.Recalculate(cell);
                break;
            default:
                cell.Revert();
                cell.Status = CellStatus.Failed(result.Message ?? NotSaved);
                Message = result.Message;
                _problems.Remove(cell);
                break;
        }
    }

    private void Remember(GridCell cell)
    {
        if (!_problems.Contains(cell))
            _problems.Add(cell);
    }

    private void Resolve(GridCell cell)
    {
        _problems.Remove(cell);
        grid.Touch(cell.Row);
        Changed?.Invoke();
    }
}
