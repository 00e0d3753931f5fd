using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Journal;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Journal;

public sealed class JournalPagesTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database = new();
    private readonly JournalTestData _data;

    public JournalPagesTests()
    {
        _data = JournalTestData.Create(_database);
        Services.AddSingleton<TimeProvider>(ManualClock.On(TestRegion.Today));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private IRenderedComponent<JournalPage> RenderPage(PortalUser user, int? lesson = null)
    {
        Services.AddSingleton(_data.ServiceFor(user));
        Render<MudBlazor.MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(JournalLinks.Sheet(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id, lessonId: lesson));
        return Render<JournalPage>(p => p.Add(x => x.ClassId, _data.Class.Id).Add(x => x.SubjectId, _data.Math.Id)
            .Add(x => x.PeriodId, _data.Quarter2.Id));
    }

    [Fact]
    public void Another_schools_administrator_gets_a_not_found_message_and_no_grid()
    {
        var page = RenderPage(_data.Region.Admin2);

        page.WaitForAssertion(() => Assert.Contains("не найден", page.Find("[data-testid=journal-not-found]").TextContent), Wait);
        Assert.Empty(page.FindAll("[data-testid=cell-editor]"));
    }

    [Fact]
    public async Task A_closed_period_shows_a_banner_and_the_administrator_the_reopen_button()
    {
        await _data.ServiceFor(_data.Admin).ClosePeriodAsync(_data.Quarter2.Id);

        var page = RenderPage(_data.Admin);

        page.WaitForAssertion(() => Assert.Contains("закрыт", page.Find("[data-testid=period-closed]").TextContent), Wait);
        Assert.Contains("Открыть период", page.Find("[data-testid=period-reopen]").TextContent);
    }

    [Fact]
    public void A_teacher_gets_no_period_buttons_and_the_page_opens_at_the_lesson_of_the_address()
    {
        var page = RenderPage(_data.TeacherUser, _data.Lessons[2].Id);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cell-editor]")), Wait);
        Assert.Equal($"cell-{_data.Pupils[0].Id}-{_data.Lessons[2].Id}", page.Find("[data-testid=cell-editor]").ParentElement!.GetAttribute("data-testid"));
        Assert.Empty(page.FindAll("[data-testid=period-close]"));
        Assert.Empty(page.FindAll("[data-testid=period-closed]"));
    }

    [Fact]
    public void The_picker_lists_the_teachers_own_class_and_subject_as_a_link_to_the_current_period()
    {
        Services.AddSingleton(_data.ServiceFor(_data.TeacherUser));
        Render<MudBlazor.MudPopoverProvider>();

        var picker = Render<JournalPickerPage>();

        picker.WaitForAssertion(() => Assert.Contains("5А · Математика", picker.Find("[data-testid=journal-own]").TextContent), Wait);
        Assert.EndsWith($"journal/{_data.Class.Id}/{_data.Math.Id}/{_data.Quarter2.Id}",
            picker.Find($"[data-testid=journal-own-{_data.Class.Id}-{_data.Math.Id}-]").GetAttribute("href"));
    }

    [Fact]
    public async Task Final_marks_are_typed_in_with_the_keyboard_and_suggested_by_the_average()
    {
        var teacher = _data.ServiceFor(_data.TeacherUser);
        await teacher.SaveCellAsync(_data.Lessons[0].Id, _data.Pupils[0].Id, "5", 0);
        await teacher.SaveCellAsync(_data.Lessons[1].Id, _data.Pupils[0].Id, "4", 0);
        Services.AddSingleton(teacher);
        Render<MudBlazor.MudPopoverProvider>();
        var finals = await teacher.LoadFinalsAsync(_data.Class.Id, _data.Math.Id);

        var grid = Render<FinalsGrid>(p => p.Add(g => g.Finals, finals!));
        var cell = $"final-{_data.Pupils[0].Id}-{_data.Quarter2.Id}";
        Assert.Equal(cell, grid.Find("[data-testid=cell-editor]").ParentElement!.GetAttribute("data-testid"));
        Assert.Equal("5", grid.Find("[data-testid=cell-editor]").GetAttribute("placeholder"));
        grid.Find("[data-testid=cell-editor]").KeyDown(new KeyboardEventArgs { Key = "5" });
        grid.Find("[data-testid=cell-editor]").KeyDown(new KeyboardEventArgs { Key = "Tab" });

        grid.WaitForAssertion(() => Assert.Equal("сохранено", grid.Find($"[data-testid=final-state-{_data.Pupils[0].Id}-{_data.Quarter2.Id}]").TextContent), Wait);
        Assert.Equal($"final-{_data.Pupils[0].Id}-{_data.Quarter2.Id + 1}", grid.Find("[data-testid=cell-editor]").ParentElement!.GetAttribute("data-testid"));
        var reloaded = await teacher.LoadFinalsAsync(_data.Class.Id, _data.Math.Id);
        Assert.Equal("5", reloaded!.Rows[0].Cells[1].Text);
    }

    [Fact]
    public async Task A_key_that_reached_the_page_while_the_focus_moved_goes_into_the_focused_cell()
    {
        var teacher = _data.ServiceFor(_data.TeacherUser);
        Services.AddSingleton(teacher);
        Render<MudBlazor.MudPopoverProvider>();
        var sheet = await teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);
        var grid = Render<JournalGrid>(p => p.Add(g => g.Sheet, sheet!).Add(g => g.FocusLessonId, _data.Lessons[0].Id));

        await grid.InvokeAsync(() => grid.Instance.TypeKey("3", false));
        await grid.InvokeAsync(() => grid.Instance.TypeKey("Enter", false));
        await grid.InvokeAsync(() => grid.Instance.TypeKey("y", false));

        Assert.Equal("н", grid.Find("[data-testid=cell-editor]").GetAttribute("value"));
        Assert.Equal($"cell-{_data.Pupils[1].Id}-{_data.Lessons[0].Id}", grid.Find("[data-testid=cell-editor]").ParentElement!.GetAttribute("data-testid"));
        grid.WaitForAssertion(() => Assert.Equal("сохранено", grid.Find($"[data-testid=cell-state-{_data.Pupils[0].Id}-{_data.Lessons[0].Id}]").TextContent), Wait);
    }
}
