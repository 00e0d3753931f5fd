using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.NewYear;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.NewYear;

public sealed class NewYearPageTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly NewYearWorld _world;

    public NewYearPageTests() => _world = NewYearWorld.Create(_database);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private IRenderedComponent<NewYearPage> RenderFor(PortalUser user, int? school = null, DateOnly? today = null)
    {
        var engine = new NewYearEngineDouble();
        var services = NewYearWorld.For(_database, user, engine, today);
        Services.AddSingleton<INewYearEngine>(engine);
        Services.AddSingleton(services.Wizard);
        Services.AddSingleton(services.Classes);
        Services.AddSingleton(services.Movement);
        Services.AddSingleton(services.Calendar);
        Services.AddSingleton(services.Overview);
        if (school is not null)
        {
            var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
            navigation.NavigateTo($"management/new-year?school={school}");
        }
        _popovers = Render<MudBlazor.MudPopoverProvider>();
        return Render<NewYearPage>();
    }

    private IRenderedComponent<MudBlazor.MudPopoverProvider>? _popovers;

    [Fact]
    public void Admin_starts_on_the_first_open_step_and_confirming_it_moves_on()
    {
        var cut = RenderFor(_world.Region.Admin1);

        cut.WaitForAssertion(() => Assert.Contains("2026/2027 → 2027/2028", cut.Find("[data-testid=newyear-title]").TextContent));
        Assert.Equal("1. Учебные периоды", cut.Find("[data-testid=newyear-step-title]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=periods-table] tbody tr"));

        cut.Find("[data-testid=newyear-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal("2. Формирование списка классов", cut.Find("[data-testid=newyear-step-title]").TextContent));
        Assert.NotNull(cut.Find("[data-testid=newyear-step-done-1]"));
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=classes-table] tbody tr").Count));
        Assert.Empty(cut.FindAll("select"));
        Assert.Equal(3, cut.FindAll("[data-testid^=class-merge-], [data-testid=class-split-from]").Count(e => e.Closest(".mud-select") is not null));
    }

    [Fact]
    public void A_district_operator_sees_the_school_plan_without_editing()
    {
        var cut = RenderFor(_world.Region.District1Operator, _world.Region.School1.Id);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=newyear-readonly]")));
        Assert.Empty(cut.FindAll("[data-testid=newyear-confirm]"));
        Assert.Empty(cut.FindAll("[data-testid=period-add]"));
    }

    [Fact]
    public void An_operator_without_a_school_chooses_one_from_the_schools_of_the_district()
    {
        var cut = RenderFor(_world.Region.District1Operator);
        var popovers = _popovers!;

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=newyear-choose-school]")));
        cut.Find("div.mud-input-control").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll("div.mud-list-item")));
        var options = popovers.FindAll("div.mud-list-item").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["МАОУ «СОШ № 1» (Первый район)"], options);
    }

    [Fact]
    public void Before_1_april_the_admin_sees_when_forming_opens_and_no_start_button()
    {
        var cut = RenderFor(_world.Region.Admin2, today: new DateOnly(2026, 12, 1));

        cut.WaitForAssertion(() => Assert.Contains("Формирование нового учебного года откроется 1 апреля 2027 г.",
            cut.Find("[data-testid=newyear-closed]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=newyear-start]"));
        Assert.Equal(6, cut.FindAll("[data-testid=newyear-preview-steps] .mud-list-item").Count);
        Assert.Equal("management/new-year/instruction", cut.Find("[data-testid=newyear-instruction-link]").GetAttribute("href"));
    }

    [Fact]
    public void From_1_april_the_admin_may_start_forming()
    {
        var cut = RenderFor(_world.Region.Admin2, today: new DateOnly(2027, 4, 1));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=newyear-start]")));
        Assert.Empty(cut.FindAll("[data-testid=newyear-closed]"));
    }
}
