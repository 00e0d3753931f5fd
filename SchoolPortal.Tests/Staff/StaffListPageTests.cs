using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class StaffListPageTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public StaffListPageTests()
    {
        _region = TestRegion.Create(_database);
        StaffTestData.AddEmployee(_database, _region.School1.Id, "Иванова");
        StaffTestData.AddEmployee(_database, _region.School2.Id, "Второва");
        Services.AddSingleton(new StaffDirectory(_database.For(_region.Admin1)));
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    [Fact]
    public void The_grid_shows_own_staff_and_an_empty_state_when_nothing_matches()
    {
        var cut = Render<StaffList>();

        cut.WaitForAssertion(() => Assert.Contains("Иванова Ольга Ивановна", cut.Find("[data-testid=staff-grid]").TextContent));
        Assert.DoesNotContain("Второва", cut.Markup);
        Assert.DoesNotContain(">Школа<", cut.Markup);

        cut.Type("input[data-testid=staff-filter-surname], [data-testid=staff-filter-surname] input", "Нет-такой");
        cut.Find("form[data-testid=staff-filter]").Submit();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=staff-empty]")));
    }
}
