using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Portfolio;

public sealed class PortfolioPagesTests : MudTestContext
{
    private readonly PortfolioWorld _w = new();

    public PortfolioPagesTests() => Services.AddSingleton<PortfolioMarkup>();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _w.Dispose();
    }

    private void SignIn(PortalUser user) => Services.AddSingleton(_w.Service(user));

    private void OpenWeek(string week) =>
        Services.GetRequiredService<NavigationManager>().NavigateTo($"portfolio/{_w.Ivanov.Id}/diary?week={week}");

    private static string Text(IRenderedComponent<IComponent> cut, string testId) =>
        Regex.Replace(cut.Find($"[data-testid={testId}]").TextContent, @"\s+", " ").Trim();

    [Fact]
    public void The_portfolio_page_shows_every_section_of_the_child()
    {
        SignIn(_w.Mother);

        var cut = Render<PortfolioPage>(p => p.Add(x => x.PupilId, _w.Ivanov.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=portfolio-name]")));
        var page = (IRenderedComponent<IComponent>)cut;

        Assert.Equal("Школьное портфолио", cut.Find("h1").TextContent);
        Assert.Equal("Иванов Пётр Сергеевич", Text(page, "portfolio-name"));
        Assert.StartsWith("До каникул остался 31 день", Text(page, "days-to-holidays"));
        Assert.Contains("Родительское собрание 5А", Text(page, "portfolio-events"));
        Assert.Contains("Математика: Уравнения", Text(page, "portfolio-events"));
        Assert.Contains("5 4", Text(page, $"portfolio-marks-{_w.Data.Math.Id}"));
        Assert.Contains("4,25 / 4,38", Text(page, $"portfolio-average-{_w.Data.Math.Id}"));
        Assert.Contains("↓ −1,00", Text(page, $"portfolio-average-{_w.Data.Math.Id}"));
        Assert.Equal("66,7 %", Text(page, "attendance-percent"));
        Assert.Contains("Дроби", Text(page, "portfolio-control-works"));
        Assert.NotNull(cut.Find($"[data-testid=average-chart-{_w.Data.Math.Id}] svg"));
        Assert.NotNull(cut.Find("[data-testid=portfolio-attendance] svg"));
        Assert.Equal($"portfolio/{_w.Ivanov.Id}/diary", cut.Find("[data-testid=portfolio-diary-link]").GetAttribute("href"));
    }

    [Fact]
    public void Another_childs_id_in_the_address_shows_the_refusal_and_no_data()
    {
        SignIn(_w.Mother);

        var cut = Render<PortfolioPage>(p => p.Add(x => x.PupilId, _w.Andreev.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=portfolio-refusal]")));

        Assert.Contains(PortfolioService.NotYourChild, cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=portfolio-name]"));
        Assert.DoesNotContain("Андреев", cut.Markup);
    }

    [Fact]
    public void The_list_shows_a_card_per_child_linking_to_the_portfolio()
    {
        SignIn(_w.Mother);

        var cut = Render<PortfolioListPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll($"[data-testid=portfolio-child-{_w.Ivanov.Id}]")));

        var card = cut.Find($"[data-testid=portfolio-child-{_w.Ivanov.Id}]");
        Assert.Equal($"portfolio/{_w.Ivanov.Id}", card.GetAttribute("href"));
        Assert.Contains("5А класс", card.TextContent);
        Assert.Contains("МБОУ «СОШ № 2»", cut.Find($"[data-testid=portfolio-child-{_w.Sister.Id}]").TextContent);
    }

    [Fact]
    public void A_parent_without_linked_children_is_told_to_ask_the_school()
    {
        SignIn(new PortalUser(_w.Mother.AccountId + 1000, "nobody", "Никто", Domain.Accounts.Role.Parent, null, null));

        var cut = Render<PortfolioListPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=portfolio-no-children]")));

        Assert.Contains("Обратитесь в школу", cut.Find("[data-testid=portfolio-no-children]").TextContent);
    }

    [Fact]
    public void A_pupil_goes_straight_to_their_own_portfolio()
    {
        SignIn(_w.IvanovHimself);

        Render<PortfolioListPage>();

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith($"/portfolio/{_w.Ivanov.Id}", navigation.Uri);
    }

    [Fact]
    public void The_diary_shows_the_week_with_homework_and_links_to_the_neighbouring_weeks()
    {
        SignIn(_w.Mother);

        OpenWeek("2026-11-18");
        var cut = Render<DiaryPage>(p => p.Add(x => x.PupilId, _w.Ivanov.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=diary-week]")));
        var page = (IRenderedComponent<IComponent>)cut;

        var tuesday = Text(page, "diary-day-2026-11-17");
        Assert.Contains("Математика", tuesday);
        Assert.Contains("Тема: Сложение дробей", tuesday);
        Assert.Contains("Задание: № 101, 103", tuesday);
        Assert.Contains("(к 19.11.2026)", tuesday);
        // The due date stands apart from the text before it («№ 101, 103 материал (к 19.11.2026)», never «материал(к»).
        Assert.DoesNotMatch(@"\S\(к ", cut.Find("[data-testid=diary-day-2026-11-17] .diary-homework").TextContent);
        Assert.Contains("4 оп", tuesday);
        Assert.Equal(6, cut.FindAll("[data-testid^=diary-day-]").Count);
        Assert.Equal($"portfolio/{_w.Ivanov.Id}/diary?week=2026-11-09", cut.Find("[data-testid=diary-prev]").GetAttribute("href"));
        Assert.Equal($"portfolio/{_w.Ivanov.Id}/diary?week=2026-11-23", cut.Find("[data-testid=diary-next]").GetAttribute("href"));
    }

    [Fact]
    public void An_empty_week_and_holiday_days_say_so()
    {
        SignIn(_w.Mother);

        OpenWeek("2026-11-02");
        var cut = Render<DiaryPage>(p => p.Add(x => x.PupilId, _w.Ivanov.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=diary-week]")));

        Assert.Contains("Осенние каникулы", cut.Find("[data-testid=diary-day-2026-11-02]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=diary-empty]"));
    }

    [Fact]
    public void A_portfolio_without_data_shows_the_empty_state_of_each_section()
    {
        var empty = new ChildPortfolio(new PortfolioChild(1, "Новикова Ольга", 1, "Школа", null, null), TestRegion.Today, [], [], [],
            PortfolioAttendance.None, HolidayCountdown.NotScheduled, [], "Ученик не зачислен в класс: разделы портфолио появятся после зачисления.");

        var cut = Render<PortfolioView>(p => p.Add(x => x.Portfolio, empty));

        Assert.Contains("не зачислен в класс", cut.Find("[data-testid=portfolio-notice]").TextContent);
        Assert.Contains("Ближайших событий нет", cut.Find("[data-testid=portfolio-events]").TextContent);
        Assert.Contains("Отметок пока нет", cut.Find("[data-testid=portfolio-marks]").TextContent);
        Assert.Contains("Средний балл появится", cut.Find("[data-testid=portfolio-averages]").TextContent);
        Assert.Contains("уроков ещё не было", cut.Find("[data-testid=portfolio-attendance]").TextContent);
        Assert.Contains("контрольных и проверочных работ ещё не было", cut.Find("[data-testid=portfolio-control-works]").TextContent);
        Assert.Contains("Школа ещё не указала каникулы", cut.Find("[data-testid=days-to-holidays]").TextContent);
        Assert.Empty(cut.FindAll("svg"));
    }
}
