using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Features.Journal;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Journal;

public sealed class JournalGridTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database = new();
    private readonly JournalTestData _data;
    private readonly JournalService _teacher;

    public JournalGridTests()
    {
        _data = JournalTestData.Create(_database);
        _teacher = _data.ServiceFor(_data.TeacherUser);
        Services.AddSingleton(_teacher);
        Services.AddSingleton<TimeProvider>(ManualClock.On(TestRegion.Today));
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private int Lesson(int i) => _data.Lessons[i].Id;

    private int Pupil(int i) => _data.Pupils[i].Id;

    private async Task<IRenderedComponent<JournalGrid>> RenderGridAsync(int? focusLessonId = null)
    {
        var sheet = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);
        return Render<JournalGrid>(p => p.Add(g => g.Sheet, sheet!).Add(g => g.FocusLessonId, focusLessonId));
    }

    /// <summary>Clicks a lesson cell the way the browser script reports it: the row and the cell's index (the name is cell 0).</summary>
    private static Task Focus(IRenderedComponent<JournalGrid> grid, int row, int lesson) =>
        grid.InvokeAsync(() => grid.Instance.FocusCell(row, lesson + 1));

    // Awaited: bunit's KeyDown does not wait for a key that queues behind a render still running (the focus after a move),
    // and the next line would read the editor before the key reached it.
    private static Task Press(IRenderedComponent<JournalGrid> grid, string key, bool shift = false) =>
        grid.Find("[data-testid=cell-editor]").KeyDownAsync(new KeyboardEventArgs { Key = key, ShiftKey = shift });

    private static IElement Cell(IRenderedComponent<JournalGrid> grid, int pupilId, int lessonId) =>
        grid.Find($"[data-testid=cell-{pupilId}-{lessonId}]");

    private static string? State(IRenderedComponent<JournalGrid> grid, int pupilId, int lessonId) =>
        grid.FindAll($"[data-testid=cell-state-{pupilId}-{lessonId}]").SingleOrDefault()?.TextContent;

    private static string? FocusedCellId(IRenderedComponent<JournalGrid> grid) =>
        grid.Find("[data-testid=cell-editor]").ParentElement!.GetAttribute("data-testid");

    [Fact]
    public async Task Typing_a_mark_and_Enter_shows_it_saves_it_and_moves_down()
    {
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Press(grid, "5");
        Assert.Equal("5", grid.Find("[data-testid=cell-editor]").GetAttribute("value"));
        await Press(grid, "Enter");

        Assert.Equal($"cell-{Pupil(1)}-{Lesson(0)}", FocusedCellId(grid));
        grid.WaitForAssertion(() => Assert.Equal("сохранено", State(grid, Pupil(0), Lesson(0))), Wait);
        Assert.StartsWith("5", Cell(grid, Pupil(0), Lesson(0)).TextContent);
        var saved = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);
        Assert.Equal(("5", 1), (saved!.Rows[0].Cells[0].Text, saved.Rows[0].Cells[0].Version));
        grid.WaitForAssertion(() => Assert.Equal("5,00", grid.Find($"[data-testid=average-{Pupil(0)}]").TextContent), Wait);
    }

    [Fact]
    public async Task Codes_typed_on_the_english_layout_become_russian()
    {
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Press(grid, "4");
        await Press(grid, "y");
        await Press(grid, "Tab");

        Assert.Equal($"cell-{Pupil(0)}-{Lesson(1)}", FocusedCellId(grid));
        grid.WaitForAssertion(() => Assert.Equal("сохранено", State(grid, Pupil(0), Lesson(0))), Wait);
        Assert.StartsWith("4 н", Cell(grid, Pupil(0), Lesson(0)).TextContent);
    }

    /// <summary>The browser script sends text that came without key presses (an IME, a mobile keyboard, a paste) as the inserted text.</summary>
    private static Task Insert(IRenderedComponent<JournalGrid> grid, string text) =>
        grid.InvokeAsync(() => grid.Instance.TypeText(text));

    [Fact]
    public async Task Text_inserted_right_after_Enter_goes_into_the_freshly_focused_cell_only()
    {
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Press(grid, "5");
        await Press(grid, "Enter");
        await Press(grid, "4");
        await Press(grid, "Enter");
        await Insert(grid, "н");

        Assert.Equal($"cell-{Pupil(2)}-{Lesson(0)}", FocusedCellId(grid));
        Assert.Equal("н", grid.Find("[data-testid=cell-editor]").GetAttribute("value"));
        await Press(grid, "Tab");
        await grid.Instance.Editor.WhenIdle();
        grid.WaitForAssertion(() => Assert.Equal("сохранено", State(grid, Pupil(2), Lesson(0))), Wait);
        Assert.StartsWith("нсохранено", Cell(grid, Pupil(2), Lesson(0)).TextContent);
        var saved = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);
        Assert.Equal(["5", "4", "н"], saved!.Rows.Take(3).Select(r => r.Cells[0].Text));
    }

    [Fact]
    public async Task Inserted_text_replaces_the_value_of_a_filled_cell_like_typed_keys()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Insert(grid, "4y");
        Assert.Equal("4н", grid.Find("[data-testid=cell-editor]").GetAttribute("value"));
        await Press(grid, "Tab");

        grid.WaitForAssertion(() => Assert.Equal("сохранено", State(grid, Pupil(0), Lesson(0))), Wait);
        Assert.StartsWith("4 н", Cell(grid, Pupil(0), Lesson(0)).TextContent);
    }

    [Fact]
    public async Task Arrow_keys_move_the_focus_and_Shift_Tab_goes_back()
    {
        var grid = await RenderGridAsync();
        await Focus(grid, 1, 1);

        await Press(grid, "ArrowRight");
        Assert.Equal($"cell-{Pupil(1)}-{Lesson(2)}", FocusedCellId(grid));
        await Press(grid, "ArrowDown");
        Assert.Equal($"cell-{Pupil(2)}-{Lesson(2)}", FocusedCellId(grid));
        await Press(grid, "ArrowUp");
        await Press(grid, "ArrowLeft");
        await Press(grid, "Tab", shift: true);

        Assert.Equal($"cell-{Pupil(1)}-{Lesson(0)}", FocusedCellId(grid));
        Assert.Single(grid.FindAll("[data-testid=cell-editor]"));
    }

    [Fact]
    public async Task Delete_clears_a_cell_and_saves_it_empty()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5 н", 0);
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Press(grid, "Delete");

        grid.WaitForAssertion(() => Assert.Equal("сохранено", State(grid, Pupil(0), Lesson(0))), Wait);
        Assert.Equal("", grid.Find("[data-testid=cell-editor]").GetAttribute("value"));
        var saved = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);
        Assert.Equal(("", 2), (saved!.Rows[0].Cells[0].Text, saved.Rows[0].Cells[0].Version));
    }

    [Fact]
    public async Task Escape_cancels_typing_and_Backspace_edits_the_value()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5 4", 0);
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Press(grid, "3");
        await Press(grid, "Escape");
        Assert.Equal("5 4", grid.Find("[data-testid=cell-editor]").GetAttribute("value"));
        await Press(grid, "Backspace");
        Assert.Equal("5", grid.Find("[data-testid=cell-editor]").GetAttribute("value"));
        await Press(grid, "Enter");

        grid.WaitForAssertion(() => Assert.Equal("сохранено", State(grid, Pupil(0), Lesson(0))), Wait);
        Assert.Equal("5", (await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id))!.Rows[0].Cells[0].Text);
    }

    [Fact]
    public async Task An_invalid_key_shows_the_error_state_and_saves_nothing()
    {
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Press(grid, "q");

        Assert.Equal("ошибка", State(grid, Pupil(0), Lesson(0)));
        Assert.Contains("«q»", grid.Find("[data-testid=journal-message]").TextContent);
        await Press(grid, "6");
        Assert.Contains("«6»", grid.Find("[data-testid=journal-message]").TextContent);
        await Press(grid, "н");
        await Press(grid, "б");
        await Press(grid, "Enter");
        Assert.Equal($"cell-{Pupil(0)}-{Lesson(0)}", FocusedCellId(grid));
        Assert.Contains("один код", grid.Find("[data-testid=journal-message]").TextContent);
        Assert.Equal("ошибка", State(grid, Pupil(0), Lesson(0)));
        Assert.Equal("", (await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id))!.Rows[0].Cells[0].Text);
    }

    [Fact]
    public async Task A_keystroke_renders_only_the_row_being_typed_in()
    {
        var grid = await RenderGridAsync();
        await Focus(grid, 1, 2);
        var rows = grid.FindComponents<JournalGridRow>();
        var before = rows.Select(r => r.RenderCount).ToList();
        var panel = grid.FindComponent<JournalCellPanel>();
        var (panelBefore, headerBefore) = (panel.RenderCount, grid.FindComponent<JournalGridHeader>().RenderCount);

        await Press(grid, "4");
        await Press(grid, "н");

        var after = rows.Select(r => r.RenderCount).ToList();
        Assert.Equal([before[0], before[1] + 2, before[2]], after);
        Assert.Equal(panelBefore, panel.RenderCount);
        Assert.Equal(headerBefore, grid.FindComponent<JournalGridHeader>().RenderCount);
    }

    [Fact]
    public async Task A_second_teachers_change_is_shown_as_a_conflict_with_the_current_value_and_can_be_overwritten()
    {
        var grid = await RenderGridAsync();
        await _data.ServiceFor(_data.Admin).SaveCellAsync(Lesson(0), Pupil(0), "2", 0);
        await Focus(grid, 0, 0);

        await Press(grid, "5");
        await Press(grid, "Enter");

        grid.WaitForAssertion(() => Assert.Contains("«2»", grid.Find("[data-testid=cell-conflict]").TextContent), Wait);
        Assert.Equal("ошибка", State(grid, Pupil(0), Lesson(0)));
        Assert.StartsWith("2", Cell(grid, Pupil(0), Lesson(0)).TextContent);
        grid.Find("button[data-testid=conflict-overwrite]").Click();
        grid.WaitForAssertion(() => Assert.Equal("сохранено", State(grid, Pupil(0), Lesson(0))), Wait);
        Assert.Empty(grid.FindAll("[data-testid=cell-conflict]"));
        Assert.Equal(("5", 2), ((await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id))!.Rows[0].Cells[0].Text, 2));
    }

    [Fact]
    public async Task A_read_only_cell_explains_why_and_takes_no_typing()
    {
        await _data.ServiceFor(_data.Admin).ClosePeriodAsync(_data.Quarter2.Id);
        var grid = await RenderGridAsync();
        await Focus(grid, 0, 0);

        await Press(grid, "5");

        Assert.Contains("закрыт", grid.Find("[data-testid=cell-readonly]").TextContent);
        Assert.Contains("закрыт", grid.Find("[data-testid=journal-message]").TextContent);
        Assert.Contains("ro", Cell(grid, Pupil(1), Lesson(0)).ClassList);
        Assert.Null(State(grid, Pupil(0), Lesson(0)));
    }

    [Fact]
    public async Task The_lesson_of_the_address_is_highlighted_and_focused()
    {
        var grid = await RenderGridAsync(Lesson(3));

        Assert.Equal($"cell-{Pupil(0)}-{Lesson(3)}", FocusedCellId(grid));
        Assert.Contains("hl", grid.Find($"[data-testid=lesson-{Lesson(3)}]").ClassList);
    }

    [Fact]
    public async Task The_final_mark_column_takes_the_keyboard_too()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "4", 0);
        var grid = await RenderGridAsync();
        Assert.Equal("(4)", grid.Find($"[data-testid=final-{Pupil(0)}-{_data.Quarter2.Id}]").TextContent);

        await grid.InvokeAsync(() => grid.Instance.FocusCell(0, _data.Lessons.Count + 2));
        await Press(grid, "4");
        await Press(grid, "Enter");

        grid.WaitForAssertion(() => Assert.Equal("сохранено", grid.Find($"[data-testid=final-state-{Pupil(0)}-{_data.Quarter2.Id}]").TextContent), Wait);
        Assert.Equal("4", (await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id))!.Rows[0].Final.Text);
    }

    [Fact]
    public async Task Clicking_a_lesson_header_opens_the_lesson_panel_and_saves_the_homework()
    {
        var grid = await RenderGridAsync();

        grid.Find($"[data-testid=lesson-{Lesson(0)}]").Click();
        grid.Find("textarea[data-testid=lesson-homework], [data-testid=lesson-homework] textarea").Change("№ 15");
        grid.Find("button[data-testid=lesson-save]").Click();

        grid.WaitForAssertion(() => Assert.Contains("•", grid.Find($"[data-testid=lesson-{Lesson(0)}]").TextContent), Wait);
        Assert.Equal("№ 15", (await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id))!.Lessons[0].Homework);
    }

    [Fact]
    public async Task A_failed_save_offers_a_retry()
    {
        var sheet = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);
        var fail = true;
        var editor = new GridEditor(sheet!, (cell, text, version) => fail
            ? Task.FromException<CellSaveResult>(new InvalidOperationException("сеть"))
            : _teacher.SaveCellAsync(((SheetCell)cell).LessonId, cell.PupilId, text, version));
        editor.Focus(0, 0);

        editor.Key("5");
        editor.Key("Enter");
        await editor.WhenIdle();
        var cell = sheet!.Rows[0].Cells[0];
        Assert.True(cell.Status!.CanRetry);
        Assert.Equal("5", cell.Text);
        Assert.Contains(cell, editor.Problems);

        fail = false;
        editor.Retry(cell);
        await editor.WhenIdle();

        Assert.Equal(CellStatusKind.Saved, cell.Status!.Kind);
        Assert.Empty(editor.Problems);
        Assert.Equal(1, cell.Version);
        Assert.Equal(5m, sheet.Rows[0].Average);
    }
}
