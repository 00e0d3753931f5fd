using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SchoolPortal.Components.Localization;
using SchoolPortal.Components.Pages;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Components;

public sealed class RussianLeftoversTests : MudTestContext
{
    public RussianLeftoversTests() => Services.AddRussianMudTexts();

    [Fact]
    public void Not_found_page_speaks_russian_and_links_home()
    {
        var cut = Render<NotFound>();

        Assert.Contains("Страница не найдена", cut.Markup);
        Assert.DoesNotContain("Not Found", cut.Markup);
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Grid_check_boxes_are_read_aloud_in_russian()
    {
        var cut = Render<MudDataGrid<string>>(p => p
            .Add(g => g.Items, ["5А", "5Б"])
            .Add(g => g.MultiSelection, true)
            .Add(g => g.Columns, (RenderFragment)(b =>
            {
                b.OpenComponent<SelectColumn<string>>(0);
                b.CloseComponent();
                b.OpenComponent<PropertyColumn<string, string>>(1);
                b.AddAttribute(2, nameof(PropertyColumn<string, string>.Property), (System.Linq.Expressions.Expression<Func<string, string>>)(s => s));
                b.CloseComponent();
            })));

        Assert.DoesNotContain("Select row", cut.Markup);
        Assert.DoesNotContain("Select all", cut.Markup);
        Assert.Contains("Выбрать строку", cut.Markup);
    }
}
