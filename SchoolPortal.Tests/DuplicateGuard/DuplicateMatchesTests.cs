using Bunit;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DuplicateGuard;

public sealed class DuplicateMatchesTests : MudTestContext
{
    private static readonly PersonMatch Match = new(PersonKind.Pupil, 5, "Иванов Пётр Сергеевич", "МАОУ «СОШ № 1»", [MatchReason.Snils]);

    [Fact]
    public void Matches_link_to_the_cards_and_the_override_asks_for_a_reason()
    {
        string? reason = null;
        var cut = Render<DuplicateMatches>(p => p
            .Add(x => x.Matches, [Match])
            .Add(x => x.CanOverride, true)
            .Add(x => x.ReasonChanged, v => reason = v));

        Assert.Equal("/management/pupils/5", cut.Find("[data-testid=duplicate-link]").GetAttribute("href"));
        Assert.Contains("совпадает СНИЛС", cut.Find("[data-testid=duplicate-match]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=duplicate-reason]"));

        cut.Find("[data-testid=duplicate-override] input, input[data-testid=duplicate-override]").Change(true);
        cut.Find("[data-testid=duplicate-reason] textarea, textarea[data-testid=duplicate-reason]").Input("Тёзка, другой ребёнок");

        Assert.Equal("Тёзка, другой ребёнок", reason);
    }

    [Fact]
    public void Nothing_is_shown_without_matches_and_teachers_get_no_override()
    {
        Assert.Empty(Render<DuplicateMatches>().Markup.Trim());
        var cut = Render<DuplicateMatches>(p => p.Add(x => x.Matches, [Match]));
        Assert.Empty(cut.FindAll("[data-testid=duplicate-override]"));
    }
}
