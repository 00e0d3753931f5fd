using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class StaffImportPageTests : MudTestContext
{
    private static readonly Snils PersonSnils = Snils.FromNumber(100200300);
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public StaffImportPageTests()
    {
        _region = TestRegion.Create(_database);
        StaffTestData.AddEmployee(_database, _region.School1.Id, "Иванова", snils: PersonSnils);
        Services.AddSingleton(new StaffImportService(_database.For(_region.Admin2), _database.Factory, ManualClock.On(TestRegion.Today)));
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private static void Search(IRenderedComponent<StaffImportPage> cut, string snils)
    {
        cut.Find("[data-testid=import-snils] input, input[data-testid=import-snils]").Input(snils);
        cut.Find("[data-testid=import-find]").Click();
    }

    [Fact]
    public void A_wrong_snils_gets_a_message()
    {
        var cut = Render<StaffImportPage>();

        Search(cut, "123");

        cut.WaitForAssertion(() => Assert.Contains("11 цифр", cut.Find("[data-testid=import-message]").TextContent));
    }

    [Fact]
    public void The_found_employee_is_shown_and_copied_with_the_new_position()
    {
        var cut = Render<StaffImportPage>();
        Search(cut, PersonSnils.Formatted);
        cut.WaitForAssertion(() => Assert.Equal("Иванова Ольга Ивановна", cut.Find("[data-testid=import-name]").TextContent));
        Assert.Equal("МАОУ «СОШ № 1»", cut.Find("[data-testid=import-school]").TextContent);

        cut.Find("[data-testid=import-position] input, input[data-testid=import-position]").Change("Учитель информатики");
        cut.Find("[data-testid=import-save]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches(@"management/staff/\d+$", navigation.Uri));
        using var db = _database.System();
        Assert.Equal("Учитель информатики", db.Employees.Single(e => e.SchoolId == _region.School2.Id).Position);
    }
}
