using SchoolPortal.Tests.TestKit;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Schools;

namespace SchoolPortal.Tests.Pupils;

public sealed class PupilListComponentsTests : BunitContext, IAsyncLifetime
{
    // MudBlazor's services are only IAsyncDisposable: the context must be disposed asynchronously, before xunit's Dispose.
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    public PupilListComponentsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task Choosing_a_letter_range_and_grade_raises_the_filter()
    {
        PupilFilter? raised = null;
        var cut = Render<PupilFilters>(p => p.Add(f => f.FilterChanged, (PupilFilter f) => raised = f));
        var letters = cut.FindComponents<MudSelect<char>>();

        await cut.InvokeAsync(() => letters[0].Instance.ValueChanged.InvokeAsync('Д'));
        await cut.InvokeAsync(() => letters[1].Instance.ValueChanged.InvokeAsync('И'));
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(9));

        Assert.Equal(PupilFilter.Default with { LetterFrom = 'Д', LetterTo = 'И', Grade = 9 }, raised);
    }

    [Fact]
    public void Grade_filter_offers_all_and_each_grade_level_from_1_to_11()
    {
        var cut = Render<PupilFilters>();

        var values = cut.FindComponents<MudSelectItem<int?>>().Select(i => i.Instance.Value).ToList();

        Assert.Equal(new int?[] { null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, values);
    }

    [Fact]
    public async Task School_filter_appears_only_when_there_are_schools_to_choose_and_raises_the_school()
    {
        PupilFilter? raised = null;
        Assert.Empty(Render<PupilFilters>().FindAll("[data-testid=school-filter]"));
        var cut = Render<PupilFilters>(p => p
            .Add(f => f.Schools, [new SchoolOption(7, "СОШ № 7", "Первый район"), new SchoolOption(8, "СОШ № 8", "Второй район")])
            .Add(f => f.FilterChanged, (PupilFilter f) => raised = f));

        var school = cut.FindComponents<MudSelect<int?>>().Single(s => s.Instance.Label == "Школа");
        await cut.InvokeAsync(() => school.Instance.ValueChanged.InvokeAsync(8));

        Assert.Equal(PupilFilter.Default with { SchoolId = 8 }, raised);
    }

    [Fact]
    public async Task Gender_filter_keeps_the_other_choices()
    {
        PupilFilter? raised = null;
        var cut = Render<PupilFilters>(p => p
            .Add(f => f.Filter, PupilFilter.Default with { Grade = 5 })
            .Add(f => f.FilterChanged, (PupilFilter f) => raised = f));

        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<Gender?>>().Instance.ValueChanged.InvokeAsync(Gender.Female));

        Assert.Equal(PupilFilter.Default with { Grade = 5, Gender = Gender.Female }, raised);
    }

    [Fact]
    public void Enter_in_the_search_box_applies_the_surname()
    {
        PupilFilter? raised = null;
        var cut = Render<PupilFilters>(p => p.Add(f => f.FilterChanged, (PupilFilter f) => raised = f));
        var input = cut.Type("[data-testid=search-input] input, input[data-testid=search-input]", "иван");
        // The field hands the typed text to the filter's bound surname asynchronously; Enter must come after it.
        // The parameter (not the field's own state) is what the parent passed back, so _surname is set once it shows the text.
#pragma warning disable MUD0012
        cut.WaitForAssertion(() => Assert.Equal("иван", cut.FindComponent<MudTextField<string>>().Instance.Value));
#pragma warning restore MUD0012
        Assert.Null(raised);
        // The field's own value can show the text a moment before the filter's bound surname has it (MudBlazor hands it on
        // asynchronously): Enter is pressed again until the typed surname is applied.
        cut.WaitForAssertion(() =>
        {
            input.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
            Assert.Equal("иван", raised?.Surname);
        });
    }

    [Fact]
    public void Toggling_a_column_in_the_chooser_changes_the_visible_columns()
    {
        IReadOnlySet<PupilColumn>? visible = null;
        var cut = Render<ColumnChooser>(p => p.Add(c => c.VisibleChanged, (IReadOnlySet<PupilColumn> v) => visible = v));

        cut.Find("[data-testid=column-chooser-button]").Click();
        cut.Find("[data-testid=column-Email] input").Change(true);

        Assert.NotNull(visible);
        Assert.Contains(PupilColumn.Email, visible);
        Assert.True(PupilColumns.Default.IsSubsetOf(visible));

        cut.Find("[data-testid=column-Snils] input").Change(false);
        Assert.DoesNotContain(PupilColumn.Snils, visible);
        Assert.Contains(PupilColumn.Email, visible);
    }

    [Fact]
    public void The_chooser_lists_every_field_and_keeps_the_name_column()
    {
        var cut = Render<ColumnChooser>();

        cut.Find("[data-testid=column-chooser-button]").Click();

        Assert.Equal(PupilColumns.All.Count, cut.FindAll("[data-testid^=column-] input[type=checkbox]").Count);
        Assert.True(cut.Find("[data-testid=column-DisplayName] input").HasAttribute("disabled"));
        Assert.Contains("СНИЛС", cut.Find("[data-testid=column-chooser-panel]").TextContent);
    }
}
