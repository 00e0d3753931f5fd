using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Features.Journal;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Journal;

/// <summary>Marks typed on a lesson after today (08.12.2026 typed on 28.11.2026) are refused on real SQLite; topics and homework are not.</summary>
public sealed class FutureLessonTests : MudTestContext
{
    private const string Refusal = "Нельзя ставить отметки и посещаемость на будущий урок (08.12.2026): урок ещё не прошёл.";

    private readonly TestDatabase _database = new();
    private readonly JournalTestData _data;
    private readonly JournalService _teacher;

    public FutureLessonTests()
    {
        _data = JournalTestData.Create(_database);
        _teacher = _data.ServiceFor(_data.TeacherUser);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    [Fact]
    public async Task A_mark_or_an_absence_on_next_weeks_lesson_is_refused_and_nothing_is_written()
    {
        var future = _data.AddLesson(new DateOnly(2026, 12, 8));
        var today = _data.AddLesson(TestRegion.Today, 3);
        var pupil = _data.Pupils[0].Id;

        var mark = await _teacher.SaveCellAsync(future.Id, pupil, "5", 0);
        var absence = await _data.ServiceFor(_data.Admin).SaveCellAsync(future.Id, pupil, "н", 0);
        var todays = await _teacher.SaveCellAsync(today.Id, pupil, "5", 0);

        Assert.Equal((CellSaveStatus.Refused, Refusal), (mark.Status, mark.Message));
        Assert.Equal((CellSaveStatus.Refused, Refusal), (absence.Status, absence.Message));
        Assert.True(todays.Succeeded, todays.Message);
        await using var db = _database.System();
        Assert.False(await db.JournalCells.AnyAsync(c => c.LessonId == future.Id));
    }

    [Fact]
    public async Task Next_weeks_lesson_takes_a_topic_and_homework_and_its_cells_load_read_only_with_the_reason()
    {
        var future = _data.AddLesson(new DateOnly(2026, 12, 8));

        var planned = await _teacher.SaveLessonAsync(future.Id, "Деление дробей", WorkType.Answer, "№ 101, 102", null, new DateOnly(2026, 12, 9));
        var sheet = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);

        Assert.True(planned.Succeeded);
        var column = sheet!.Lessons.ToList().FindIndex(l => l.Id == future.Id);
        Assert.True(sheet.Lessons[column].IsEditable);
        Assert.Equal("№ 101, 102", sheet.Lessons[column].Homework);
        Assert.All(sheet.Rows, r => Assert.Equal(Refusal, r.Cells[column].ReadOnlyReason));
        Assert.All(sheet.Rows, r => Assert.True(r.Cells[0].IsEditable));
    }

    [Fact]
    public async Task The_grid_shows_the_refusal_when_a_mark_is_typed_into_a_future_lesson()
    {
        var future = _data.AddLesson(new DateOnly(2026, 12, 8));
        Services.AddSingleton(_teacher);
        Services.AddSingleton<TimeProvider>(ManualClock.On(TestRegion.Today));
        Render<MudBlazor.MudPopoverProvider>();
        var sheet = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);
        var column = sheet!.Lessons.ToList().FindIndex(l => l.Id == future.Id);
        var grid = Render<JournalGrid>(p => p.Add(g => g.Sheet, sheet));

        await grid.InvokeAsync(() => grid.Instance.FocusCell(0, column + 1));
        grid.Find("[data-testid=cell-editor]").KeyDown(new KeyboardEventArgs { Key = "5" });

        Assert.Equal(Refusal, grid.Find("[data-testid=journal-message]").TextContent.Trim());
        Assert.Empty(grid.FindAll($"[data-testid=cell-state-{_data.Pupils[0].Id}-{future.Id}]"));
    }
}
