using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Schedule;

public sealed class SubstitutionsPageTests : MudTestContext
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly DateOnly NextMonday = new(2026, 12, 7);
    private static readonly TimeProvider Clock = ManualClock.On(TestRegion.Today);

    private readonly TestDatabase _database = new();
    private readonly ScheduleWorld _world;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    public SubstitutionsPageTests()
    {
        _world = ScheduleWorld.Create(_database);
        ArrangeAsync().GetAwaiter().GetResult();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    /// <summary>5А has Математика (Иванова) and Русский язык (Петрова) on Mondays; Петрова substitutes on 30.11, Сидорова on 07.12.</summary>
    private async Task ArrangeAsync()
    {
        var timetable = _world.Timetable(_world.Admin1, Clock);
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova));
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Russian, _world.Petrova));
        var lessons = await _world.LessonsAsync(_world.Class5A);
        var substitutions = _world.Substitutions(_world.Admin1, Clock);
        await substitutions.AddAsync(new SubstitutionForm
        {
            Date = Monday, LessonId = lessons.Single(l => l.Date == Monday && l.Number == 1).Id, SubstituteTeacherId = _world.Petrova.Id,
            Comment = "Курсы",
        });
        await substitutions.AddAsync(new SubstitutionForm
        {
            Date = NextMonday, LessonId = lessons.Single(l => l.Date == NextMonday && l.Number == 2).Id, SubstituteTeacherId = _world.Sidorova.Id,
        });
    }

    private IRenderedComponent<SubstitutionsPage> RenderPage(PortalUser user)
    {
        Services.AddSingleton(_world.Substitutions(user, Clock));
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var cut = Render<SubstitutionsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=filter-month]")));
        return cut;
    }

    private static async Task ChooseAsync(IRenderedComponent<SubstitutionsPage> cut, string testId, int value)
    {
        var select = cut.FindComponents<MudSelect<int>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    [Fact]
    public async Task Filters_by_month_day_and_teacher_narrow_the_list()
    {
        var cut = RenderPage(_world.Admin1);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid^=substitution-row-]")));
        Assert.Contains("Курсы", cut.Find("[data-testid=substitutions-table]").TextContent);

        await ChooseAsync(cut, "filter-month", 202612);
        cut.WaitForAssertion(() => Assert.Contains("Сидорова О. И.", cut.Find("[data-testid=substitutions-table]").TextContent));
        Assert.DoesNotContain("Курсы", cut.Markup);

        await ChooseAsync(cut, "filter-day", 8);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=substitutions-empty]")));

        await ChooseAsync(cut, "filter-day", 7);
        await ChooseAsync(cut, "filter-teacher", _world.Ivanova.Id);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=substitutions-empty]")));

        await ChooseAsync(cut, "filter-teacher", _world.Petrova.Id);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid^=substitution-row-]")));
    }

    [Fact]
    public void The_add_dialog_names_what_is_missing_and_offers_the_lessons_of_the_typed_date()
    {
        var cut = RenderPage(_world.Admin1);

        cut.Find("button[data-testid=substitution-add]").Click();
        _dialogs.WaitForAssertion(() => Assert.NotEmpty(_dialogs.FindAll("button[data-testid=substitution-save]")));
        _dialogs.Find("button[data-testid=substitution-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("Укажите дату замены.", _dialogs.Markup));
        Assert.Contains("Сначала укажите дату, затем выберите урок.", _dialogs.Markup);
        Assert.Contains("Выберите заменяющего учителя.", _dialogs.Markup);

        _dialogs.Find("[data-testid=substitution-date] input, input[data-testid=substitution-date]").Change("30.11.2026");
        _dialogs.WaitForAssertion(() => Assert.Contains("Уроков в этот день: 2", _dialogs.Markup));
        Assert.DoesNotContain("Укажите дату замены.", _dialogs.Markup);
        Assert.Contains("Выберите заменяющего учителя.", _dialogs.Markup);
    }

    [Fact]
    public void A_teacher_sees_the_list_without_add_and_delete()
    {
        var cut = RenderPage(_world.TeacherIvanova);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid^=substitution-row-]")));
        Assert.Empty(cut.FindAll("[data-testid=substitution-add]"));
        Assert.Empty(cut.FindAll("[data-testid=substitution-delete]"));
        Assert.Empty(cut.FindAll("[data-testid^=substitution-select-]"));
    }

    [Fact]
    public void Deleting_asks_for_confirmation_and_removes_the_ticked_substitution()
    {
        var cut = RenderPage(_world.Admin1);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid^=substitution-row-]")));

        cut.Find("input[data-testid^=substitution-select-], [data-testid^=substitution-select-] input").Change(true);
        cut.Find("button[data-testid=substitution-delete]").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Удалить замены?", _dialogs.Markup));
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Удалить").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=substitutions-empty]")));
    }
}
