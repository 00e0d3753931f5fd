using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Schedule;

/// <summary>Every schedule page renders its data for the administrator, and read-only for a teacher.</summary>
public sealed class SchedulePagesTests : MudTestContext
{
    private static readonly TimeProvider Clock = ManualClock.On(TestRegion.Today);

    private readonly TestDatabase _database = new();
    private readonly ScheduleWorld _world;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    public SchedulePagesTests()
    {
        _world = ScheduleWorld.Create(_database);
        var timetable = _world.Timetable(_world.Admin1, Clock);
        timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova)).GetAwaiter().GetResult();
        new WorkloadService(_database.For(_world.Admin1), Clock).SaveAsync(new WorkloadForm
        {
            ClassId = _world.Class5A.Id, SubjectId = _world.Math.Id, TeacherId = _world.Ivanova.Id, HoursPerWeek = 5,
        }).GetAwaiter().GetResult();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private void SignIn(PortalUser user)
    {
        var db = _database.For(user);
        Services.AddSingleton(new SubjectService(db));
        Services.AddSingleton(new BellService(db));
        Services.AddSingleton(new WorkloadService(db, Clock));
        Services.AddSingleton(new TimetableService(db, Clock));
        Services.AddSingleton(new WeekTimetableService(db));
        Services.AddSingleton(new YearEventService(db, Clock));
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
    }

    [Fact]
    public void The_timetable_page_shows_the_class_grid_and_saving_a_line_reports_the_lessons()
    {
        SignIn(_world.Admin1);

        var cut = Render<TimetablePage>();

        cut.WaitForAssertion(() => Assert.Contains("Математика", cut.Find("[data-testid=slot-Monday-1]").TextContent));
        cut.Find("button[data-testid=add-Tuesday-2]").Click();
        _dialogs.WaitForAssertion(() => Assert.NotEmpty(_dialogs.FindAll("button[data-testid=entry-save]")));
        _dialogs.Find("button[data-testid=entry-save]").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Выберите предмет.", _dialogs.Markup));
    }

    [Fact]
    public void A_teacher_opens_the_timetable_on_their_own_week_without_editing_controls()
    {
        SignIn(_world.TeacherIvanova);

        var cut = Render<TimetablePage>();

        cut.WaitForAssertion(() => Assert.Equal("23.11.2026 – 28.11.2026", cut.Find("[data-testid=week-range]").TextContent));
        cut.Find("button[data-testid=week-next]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Математика", cut.Find("[data-testid=week-2026-11-30-1]").TextContent));
        Assert.Contains("5А", cut.Find("[data-testid=week-2026-11-30-1]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=timetable-add]"));
        Assert.Empty(cut.FindAll("[data-testid^=add-]"));
    }

    [Fact]
    public void The_subjects_page_lists_subjects_and_refuses_a_duplicate_name_under_the_input()
    {
        SignIn(_world.Admin1);

        var cut = Render<SubjectsPage>();

        cut.WaitForAssertion(() => Assert.Contains("Английский язык", cut.Find("[data-testid=subjects-table]").TextContent));
        cut.Find("[data-testid=subject-name] input, input[data-testid=subject-name]").Change("Математика");
        cut.Find("button[data-testid=subject-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Предмет «Математика» уже есть в этой школе.", cut.Markup));
    }

    [Fact]
    public void The_workload_page_totals_the_hours()
    {
        SignIn(_world.Admin1);

        var cut = Render<WorkloadPage>();

        cut.WaitForAssertion(() => Assert.Equal("5", cut.Find("[data-testid=workload-total]").TextContent));
        Assert.Contains("Иванова О. И.", cut.Find("[data-testid=workload-table]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=workload-add]"));
    }

    [Fact]
    public void The_bells_page_shows_the_standard_bells_read_only_for_a_teacher()
    {
        SignIn(_world.TeacherIvanova);

        var cut = Render<BellsPage>();

        cut.WaitForAssertion(() => Assert.Contains("08:45", cut.Find("[data-testid=bell-row-1]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=bell-save]"));
    }

    [Fact]
    public void The_events_page_shows_an_empty_month_and_opens_the_add_dialog()
    {
        SignIn(_world.Admin1);

        var cut = Render<YearEventsPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=events-empty]")));
        cut.Find("button[data-testid=event-add]").Click();
        _dialogs.WaitForAssertion(() => Assert.NotEmpty(_dialogs.FindAll("button[data-testid=event-save]")));
        _dialogs.Find("button[data-testid=event-save]").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Укажите дату события.", _dialogs.Markup));
    }
}
