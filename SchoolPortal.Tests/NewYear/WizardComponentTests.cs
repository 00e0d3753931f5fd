using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.NewYear;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.NewYear;

public sealed class WizardComponentTests : MudTestContext
{
    private readonly TestDatabase _database = new();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private static WizardPlan Plan(RolloverPlan plan, PlanFacts facts) =>
        new(1, 1, "СОШ № 1", "2026/2027", "2027/2028", 1, 2, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31), plan.State, plan.Deadline,
            null, true, NewYearChecklist.Build(plan, facts));

    [Fact]
    public void Checklist_shows_the_confirmed_step_and_what_blocks_the_others()
    {
        var plan = new RolloverPlan(1, 1, 2, 2027, DateTimeOffset.UtcNow);
        plan.Confirm(RolloverStep.Periods, new DateTimeOffset(2027, 4, 10, 6, 0, 0, TimeSpan.Zero));
        var facts = new PlanFacts(Periods: 4, Classes: 20, EmptyClasses: 0, MovementProblems: 3, HolidaySets: 0, ClassesWithoutHolidays: 20, Staff: 40);
        RolloverStep? chosen = null;

        var cut = Render<NewYearChecklistView>(p => p
            .Add(c => c.Plan, Plan(plan, facts))
            .Add(c => c.OnSelect, (RolloverStep s) => chosen = s));

        Assert.Contains("Подтверждён 10.04.2027", cut.Find("[data-testid=newyear-step-done-1]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=newyear-step-blocker-2]"));
        var movement = cut.FindAll("[data-testid=newyear-step-blocker-3]").Select(e => e.TextContent).ToList();
        Assert.Equal(["Сначала подтвердите шаг «Формирование списка классов».",
            "Учеников без допустимого состояния: 3. Каждый ученик должен быть в одном состоянии."], movement);
        Assert.Contains("Нет ни одного набора каникул нового года.", cut.FindAll("[data-testid=newyear-step-blocker-4]").Select(e => e.TextContent));
        Assert.Equal(4, cut.FindAll("[data-testid=newyear-step-blocker-6]").Count);

        cut.Find("[data-testid=newyear-step-3]").Click();
        Assert.Equal(RolloverStep.Movement, chosen);
    }

    [Fact]
    public async Task Movement_step_lists_pupils_without_a_valid_state_and_refuses_a_leaver_without_a_date()
    {
        var world = NewYearWorld.Create(_database);
        var engine = new NewYearEngineDouble();
        engine.Problems.Add(new MovementProblem(world.Pupil9.Id, "Девятов Дмитрий Дмитриевич", "9А", "класс нового года другой параллели"));

        var cut = await RenderMovementAsync(world, engine);

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tr[data-testid^=move-row-]").Count));
        Assert.Contains("Учеников без допустимого состояния: 1", cut.Find("[data-testid=movement-problems]").TextContent);
        Assert.Contains("Девятов Дмитрий Дмитриевич (9А): класс нового года другой параллели",
            cut.Find($"[data-testid=movement-problem-{world.Pupil9.Id}]").TextContent);

        Choose(cut, "movement-filter", "5Б");
        Assert.Equal($"move-row-{world.Pupil5B.Id}", Assert.Single(cut.FindAll("tr[data-testid^=move-row-]")).GetAttribute("data-testid"));

        Choose(cut, $"move-kind-{world.Pupil5B.Id}", MoveRules.Describe(PupilMoveKind.Leave));
        cut.Find($"[data-testid=move-save-{world.Pupil5B.Id}]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Укажите дату выбытия.", cut.Find("[data-testid=newyear-error]").TextContent.Trim()));
    }

    [Fact]
    public async Task Movement_step_says_when_every_pupil_has_a_state()
    {
        var world = NewYearWorld.Create(_database);

        var cut = await RenderMovementAsync(world, new NewYearEngineDouble());

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=movement-no-problems]")));
        Assert.Empty(cut.FindAll("[data-testid=movement-problems]"));
    }

    [Fact]
    public async Task A_date_that_is_not_dd_MM_yyyy_is_flagged_beside_its_field_and_the_save_is_refused()
    {
        var world = NewYearWorld.Create(_database);
        var cut = await RenderMovementAsync(world, new NewYearEngineDouble());
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tr[data-testid^=move-row-]").Count));

        Choose(cut, $"move-kind-{world.Pupil5B.Id}", MoveRules.Describe(PupilMoveKind.Leave));
        cut.Find($"[data-testid=move-date-{world.Pupil5B.Id}]").Input("2027-05-31");

        cut.WaitForAssertion(() => Assert.Contains("Дата в виде дд.мм.гггг", cut.Find($"tr[data-testid=move-row-{world.Pupil5B.Id}]").TextContent));
        cut.Find($"[data-testid=move-save-{world.Pupil5B.Id}]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Бэшкин Борис Борисович: дата в виде дд.мм.гггг.", cut.Find("[data-testid=newyear-error]").TextContent.Trim()));
    }

    [Fact]
    public async Task A_period_is_added_through_the_kind_select_the_number_field_and_two_typed_dates()
    {
        var world = NewYearWorld.Create(_database);
        var services = RegisterServices(world);
        var plan = await services.Wizard.LoadAsync(world.Region.School1.Id);
        _popovers = Render<MudPopoverProvider>();
        var cut = Render<PeriodsStep>(p => p.Add(c => c.Plan, plan!));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=periods-table] tbody tr")));

        Choose(cut, "period-kind", "четверть");
        cut.Find("[data-testid=period-number]").Change("2");
        cut.Find("[data-testid=period-new-start]").Input("05.11.2027");
        cut.Find("[data-testid=period-new-end]").Input("28.12.2027");
        await cut.Find("[data-testid=period-add]").ClickAsync(new());
        cut.Render(); // the wizard page re-renders the step after an edit; here the test does

        cut.WaitForAssertion(() => Assert.Equal("05.11.2027", cut.Find("[data-testid=period-2] [data-testid=period-start-2]").GetAttribute("value")));
        Assert.Equal("28.12.2027", cut.Find("[data-testid=period-end-2]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=newyear-error]"));
    }

    [Fact]
    public async Task Every_wizard_step_shows_MudBlazor_fields_and_no_plain_browser_select_or_input()
    {
        var world = NewYearWorld.Create(_database);
        var services = RegisterServices(world);
        var plan = (await services.Wizard.LoadAsync(world.Region.School1.Id))!;
        _popovers = Render<MudPopoverProvider>();

        var steps = new Dictionary<string, IRenderedComponent<IComponent>>
        {
            ["Периоды"] = Render<PeriodsStep>(p => p.Add(c => c.Plan, plan)),
            ["Классы"] = Render<ClassesStep>(p => p.Add(c => c.Plan, plan)),
            ["Движение"] = Render<MovementStep>(p => p.Add(c => c.Plan, plan)),
            ["Каникулы"] = Render<HolidaysStep>(p => p.Add(c => c.Plan, plan)),
            ["Сотрудники"] = Render<StaffStep>(p => p.Add(c => c.Plan, plan)),
        };

        foreach (var (name, step) in steps)
        {
            step.WaitForAssertion(() => Assert.NotEmpty(step.FindAll(".mud-input-control input")));
            Assert.True(step.FindAll("select").Count == 0, $"{name}: обычный выпадающий список браузера");
            var plain = step.FindAll("input").Where(i => i.Closest(".mud-input-control") is null).Select(i => i.OuterHtml).ToList();
            Assert.True(plain.Count == 0, $"{name}: поля без MudBlazor: {string.Join(" ", plain)}");
        }
        Assert.Equal("6Б", steps["Движение"].Find($"[data-testid=move-target-{world.Pupil5B.Id}]").TextContent.Trim());
        Assert.Equal(MoveRules.Describe(PupilMoveKind.Promote), steps["Движение"].Find($"[data-testid=move-kind-{world.Pupil5B.Id}]").TextContent.Trim());
        Assert.Equal(["Вид периода"], steps["Периоды"].FindComponents<MudSelect<StudyPeriodKind>>().Select(s => s.Instance.Label));
        Assert.Equal(3, steps["Классы"].FindComponents<MudSelect<int?>>().Count);
        Assert.Contains(steps["Движение"].FindComponents<MudSelect<PupilMoveKind?>>(), s => s.Instance.Label == "Состояние");
        Assert.NotEmpty(steps["Каникулы"].FindComponents<MudCheckBox<bool>>());
        Assert.NotEmpty(steps["Сотрудники"].FindComponents<MudTextField<string>>());
    }

    [Fact]
    public void The_overview_marks_schools_with_MudBlazor_checkboxes()
    {
        var world = NewYearWorld.Create(_database);
        var services = NewYearWorld.For(_database, world.Region.RegionOperator, new NewYearEngineDouble());
        Services.AddSingleton(services.Overview);
        _popovers = Render<MudPopoverProvider>();

        var cut = Render<NewYearOverviewPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("tr[data-testid^=overview-school-]")));
        Assert.All(cut.FindAll("tr[data-testid^=overview-school-] input"), i => Assert.NotNull(i.Closest(".mud-checkbox")));
        Assert.Equal(cut.FindAll("tr[data-testid^=overview-school-]").Count, cut.FindComponents<MudCheckBox<bool>>().Count);
    }

    private NewYearWorld.Services RegisterServices(NewYearWorld world)
    {
        var engine = new NewYearEngineDouble();
        var services = NewYearWorld.For(_database, world.Region.Admin1, engine);
        Services.AddSingleton<INewYearEngine>(engine);
        Services.AddSingleton(services.Wizard);
        Services.AddSingleton(services.Classes);
        Services.AddSingleton(services.Movement);
        Services.AddSingleton(services.Calendar);
        return services;
    }

    private async Task<IRenderedComponent<MovementStep>> RenderMovementAsync(NewYearWorld world, NewYearEngineDouble engine)
    {
        var services = NewYearWorld.For(_database, world.Region.Admin1, engine);
        Services.AddSingleton<INewYearEngine>(engine);
        Services.AddSingleton(services.Movement);
        Services.AddSingleton(services.Classes);
        var plan = await services.Wizard.LoadAsync(world.Region.School1.Id);
        _popovers = Render<MudPopoverProvider>();
        return Render<MovementStep>(p => p.Add(c => c.Plan, plan!));
    }

    private IRenderedComponent<MudPopoverProvider>? _popovers;

    /// <summary>Opens the MudSelect that carries <paramref name="testId"/> and clicks its item with exactly this text, as a user does.</summary>
    private void Choose<T>(IRenderedComponent<T> cut, string testId, string item) where T : IComponent
    {
        var popovers = _popovers!;
        cut.Find($"[data-testid='{testId}']").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == item));
        popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == item).Click();
        cut.WaitForAssertion(() => Assert.Equal(item, cut.Find($"[data-testid='{testId}']").TextContent.Trim()));
    }
}
