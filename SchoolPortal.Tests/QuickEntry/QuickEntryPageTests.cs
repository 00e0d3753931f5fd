using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.QuickEntry;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.QuickEntry;

public sealed class QuickEntryPageTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public QuickEntryPageTests()
    {
        _region = TestRegion.Create(_database);
        QuickEntryTestData.AddEmptyClass(_database, _region);
        var user = _region.Admin1;
        Services.AddSingleton(new QuickEntryService(_database.For(user), ManualClock.On(TestRegion.Today),
            new PersonDuplicateGuard(_database.Factory, _database.For(user))));
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private static void Fill(IRenderedComponent<QuickEntryPage> cut, int row, string surname, string birthDate)
    {
        cut.Find($"[data-testid=quick-surname-{row}]").Change(surname);
        cut.Find($"[data-testid=quick-firstName-{row}]").Change("Анна");
        cut.Find($"[data-testid=quick-no-patronymic-{row}]").Change(true);
        cut.Find($"[data-testid=quick-birthDate-{row}]").Change(birthDate);
        cut.Find($"[data-testid=quick-gender-{row}]").Change("Female");
    }

    [Fact]
    public void Enter_in_the_last_cell_of_the_last_row_adds_a_row()
    {
        var cut = Render<QuickEntryPage>();
        cut.WaitForElement("[data-testid=quick-grid]");
        Assert.Equal(5, cut.FindAll("tr[data-testid^=quick-row-]").Count);

        cut.Find("[data-testid=quick-snils-4]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("tr[data-testid^=quick-row-]").Count));
    }

    [Fact]
    public void A_bad_row_shows_its_message_under_the_cell_and_nothing_is_saved()
    {
        var cut = Render<QuickEntryPage>();
        cut.WaitForElement("[data-testid=quick-grid]");
        Fill(cut, 0, "Белова", "01.02.2015");
        Fill(cut, 1, "Чернова", "1 февраля");

        cut.Find("[data-testid=quick-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("не дата", cut.Find("[data-testid=quick-error-birthDate-1]").TextContent));
        Assert.Contains("строки 2", cut.Find("[data-testid=quick-message]").TextContent);
        using var db = _database.System();
        Assert.Equal(2, db.Pupils.Count());
    }

    [Fact]
    public void Valid_rows_are_saved_and_the_page_returns_to_the_list()
    {
        var cut = Render<QuickEntryPage>();
        cut.WaitForElement("[data-testid=quick-grid]");
        Fill(cut, 0, "Белова", "01.02.2015");
        Fill(cut, 1, "Чернова", "03.04.2015");

        cut.Find("[data-testid=quick-save]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("management/pupils", navigation.Uri));
        using var db = _database.System();
        Assert.Equal(4, db.Pupils.Count());
    }
}
