using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Portfolio;

namespace SchoolPortal.Tests.Schedule;

/// <summary>Расписание → «Вызовы и встречи» as the school administrator uses it: an empty list, a refusal in words, a call saved.</summary>
public sealed class PupilEventsPageTests : MudTestContext
{
    private readonly PortfolioWorld _w = new();

    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public PupilEventsPageTests()
    {
        Services.AddSingleton(new PupilEventService(_w.Database.For(_w.Region.Admin1), ManualClock.On(TestRegion.Today)));
        _popovers = Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _w.Dispose();
    }

    [Fact]
    public void Nothing_chosen_is_refused_in_words_and_nothing_is_saved()
    {
        var cut = Render<PupilEventsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=pupil-events-empty]")));

        cut.Find("[data-testid=pupil-events-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Выберите учеников.", cut.Markup));
        using var db = _w.Database.System();
        Assert.Empty(db.PupilEvents);
    }

    [Fact]
    public void A_call_for_a_chosen_pupil_appears_in_the_upcoming_list()
    {
        var cut = Render<PupilEventsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=pupil-events-empty]")));
        var day = TestRegion.Today.AddDays(3);

        cut.Find("[data-testid=pupil-events-pupils] div.mud-input-control, div.mud-input-control").MouseDown();
        _popovers.WaitForAssertion(() => Assert.NotEmpty(_popovers.FindAll("div.mud-list-item")));
        _popovers.FindAll("div.mud-list-item").First(o => o.TextContent.Contains(_w.Ivanov.Name.Full)).Click();
        cut.Find("[data-testid=pupil-events-date] input, .mud-picker input").Change(day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        cut.Find("[data-testid=pupil-events-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains(_w.Ivanov.Name.Full, cut.Find("[data-testid=pupil-events-table]").TextContent));
        Assert.Contains(day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid=pupil-events-table]").TextContent);
        Assert.Contains("Вызов в школу родителей", cut.Find("[data-testid=pupil-events-table]").TextContent);
    }
}
