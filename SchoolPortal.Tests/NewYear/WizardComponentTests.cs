using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Features.NewYear;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Tests.Infrastructure;

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

        cut.Find("[data-testid=movement-filter]").Change("5Б");
        Assert.Equal($"move-row-{world.Pupil5B.Id}", Assert.Single(cut.FindAll("tr[data-testid^=move-row-]")).GetAttribute("data-testid"));

        cut.Find($"[data-testid=move-kind-{world.Pupil5B.Id}]").Change(nameof(PupilMoveKind.Leave));
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

    private async Task<IRenderedComponent<MovementStep>> RenderMovementAsync(NewYearWorld world, NewYearEngineDouble engine)
    {
        var services = NewYearWorld.For(_database, world.Region.Admin1, engine);
        Services.AddSingleton<INewYearEngine>(engine);
        Services.AddSingleton(services.Movement);
        Services.AddSingleton(services.Classes);
        var plan = await services.Wizard.LoadAsync(world.Region.School1.Id);
        return Render<MovementStep>(p => p.Add(c => c.Plan, plan!));
    }
}
