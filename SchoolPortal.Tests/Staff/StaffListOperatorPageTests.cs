using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class StaffListOperatorPageTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public StaffListOperatorPageTests()
    {
        _region = TestRegion.Create(_database);
        StaffTestData.AddEmployee(_database, _region.School1.Id, "Иванова");
        StaffTestData.AddEmployee(_database, _region.School2.Id, "Второва");
        Services.AddSingleton(new StaffDirectory(_database.For(_region.RegionOperator)));
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    [Fact]
    public void Operator_sees_which_school_each_employee_works_at()
    {
        var cut = Render<StaffList>();

        cut.WaitForAssertion(() => Assert.Contains("Второва", cut.Find("[data-testid=staff-grid]").TextContent));
        Assert.Contains("Школа", cut.FindAll("[data-testid=staff-grid] th").Select(th => th.TextContent.Trim()));
        var row = cut.FindAll("[data-testid=staff-grid] tbody tr").Single(tr => tr.TextContent.Contains("Второва"));
        Assert.Contains(_region.School2.ShortName, row.TextContent);
    }
}
