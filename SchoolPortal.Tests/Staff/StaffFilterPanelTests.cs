using Bunit;
using SchoolPortal.Features.Schools;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class StaffFilterPanelTests : MudTestContext
{
    private static readonly StaffListOptions SchoolAdminOptions = new(["Директор", "Учитель математики"], [], false);

    [Fact]
    public void Enter_in_the_surname_field_searches_with_the_typed_text()
    {
        StaffFilter? searched = null;
        var cut = Render<StaffFilterPanel>(p => p
            .Add(x => x.Filter, new StaffFilter())
            .Add(x => x.Options, SchoolAdminOptions)
            .Add(x => x.OnSearch, f => searched = f));

        cut.Type("[data-testid=staff-filter-surname] input, input[data-testid=staff-filter-surname]", "иван");
        cut.Find("form[data-testid=staff-filter]").Submit();

        cut.WaitForAssertion(() => Assert.Equal("иван", searched?.Surname));
        Assert.False(searched!.IncludeDismissed);
    }

    [Fact]
    public void School_picker_is_offered_to_operators_only()
    {
        var admin = Render<StaffFilterPanel>(p => p.Add(x => x.Filter, new StaffFilter()).Add(x => x.Options, SchoolAdminOptions));
        var operatorOptions = new StaffListOptions([], [new SchoolOption(1, "МАОУ «СОШ № 1»", "Первый район")], true);
        var @operator = Render<StaffFilterPanel>(p => p.Add(x => x.Filter, new StaffFilter()).Add(x => x.Options, operatorOptions));

        Assert.Empty(admin.FindAll("[data-testid=staff-filter-school]"));
        Assert.NotEmpty(@operator.FindAll("[data-testid=staff-filter-school]"));
        Assert.Contains("Показать уволенных", admin.Markup);
    }
}
