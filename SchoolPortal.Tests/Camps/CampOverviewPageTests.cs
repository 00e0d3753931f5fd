using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.Enrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>The page «Летний отдых: сводка» over the real service and a real SQLite database.</summary>
public sealed class CampOverviewPageTests : MudTestContext
{
    private static readonly DateOnly Today = new(2027, 5, 4);
    private readonly TestDatabase _database = new();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private IRenderedComponent<CampOverviewPage> Open(PortalUser user, string url = "camps/overview")
    {
        Services.AddSingleton<ICurrentUser>(new SignedInUser(user));
        Services.AddSingleton<TimeProvider>(ManualClock.On(Today));
        Services.AddSingleton(new CampOverviewService(_database.For(user), _database.Factory, ManualClock.On(Today)));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        Render<MudPopoverProvider>();
        return Render<CampOverviewPage>();
    }

    [Fact]
    public async Task The_region_operator_sees_the_districts_the_camps_and_the_shifts_with_their_figures()
    {
        var season = await OverviewSeason.CreateAsync(_database);
        var region = season.World.Region;

        var cut = Open(region.RegionOperator, "camps/overview?year=2027");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=camps-districts]")));
        Assert.Contains("Первый район", cut.Find($"[data-testid=camps-districts-row-{region.District1.Id}]").TextContent);
        Assert.Contains("Второй район", cut.Find($"[data-testid=camps-districts-row-{region.District2.Id}]").TextContent);
        Assert.Equal("3", cut.Find($"[data-testid=camps-districts-granted-{region.District1.Id}]").TextContent.Trim());
        Assert.Equal("4", cut.Find("[data-testid=camps-districts-total-granted]").TextContent.Trim());
        Assert.Equal("2", cut.Find($"[data-testid=camps-shift-granted-{season.A.Id}]").TextContent.Trim());
        Assert.Equal("2", cut.Find($"[data-testid=camps-shift-reserve-{season.A.Id}]").TextContent.Trim());
        Assert.Equal("2", cut.Find($"[data-testid=camps-shift-free-{season.C.Id}]").TextContent.Trim());
        Assert.Equal(3, cut.FindAll("[data-testid=camps-shifts] tbody tr").Count);
        Assert.Contains("4 из 6", cut.Find("[data-testid=camps-total-granted]").TextContent);
        Assert.Contains(Domain.Camps.CampNumbers.Money(10_000m), cut.Find("[data-testid=camps-total-received]").TextContent);
        foreach (var excel in new[] { "camps-districts-excel", "camps-camps-excel", "camps-shifts-excel" })
            Assert.NotNull(cut.Find($"[data-testid={excel}]"));
    }

    [Fact]
    public async Task A_camps_name_shows_only_its_shifts()
    {
        var season = await OverviewSeason.CreateAsync(_database);

        var cut = Open(season.World.Region.RegionOperator);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-testid=camps-camps-open-{season.Camp2.Id}]")));
        cut.Find($"[data-testid=camps-camps-open-{season.Camp2.Id}]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=camps-shifts] tbody tr")));
        Assert.NotNull(cut.Find($"[data-testid=camps-shift-{season.C.Id}]"));
        Assert.Contains("Лагерь «Второй»", cut.Find("[data-testid=camps-shifts-filter]").TextContent);
    }

    [Fact]
    public async Task A_municipal_operator_sees_no_other_district()
    {
        var season = await OverviewSeason.CreateAsync(_database);

        var cut = Open(season.World.Region.District1Operator);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=camps-districts]")));
        Assert.Empty(cut.FindAll($"[data-testid=camps-districts-row-{season.World.Region.District2.Id}]"));
        Assert.Empty(cut.FindAll($"[data-testid=camps-shift-{season.C.Id}]"));
        Assert.Contains("Первый район", cut.Find("[data-testid=camps-overview-scope]").TextContent);
    }

    [Fact]
    public void Without_a_season_the_page_says_the_campaign_is_not_declared()
    {
        var region = TestRegion.Create(_database);

        var cut = Open(region.RegionOperator);

        cut.WaitForAssertion(() => Assert.Contains("еще не объявлена", cut.Find("[data-testid=camps-overview-empty]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=camps-districts]"));
    }

    [Fact]
    public void A_teacher_reads_why_the_page_is_closed()
    {
        var region = TestRegion.Create(_database);
        var teacher = new PortalUser(1010, "teacher1", "Учитель", Domain.Accounts.Role.Teacher, region.School1.Id, null);

        var cut = Open(teacher);

        cut.WaitForAssertion(() => Assert.Contains("Летний отдых", cut.Find("[data-testid=camps-overview-error]").TextContent));
    }
}
