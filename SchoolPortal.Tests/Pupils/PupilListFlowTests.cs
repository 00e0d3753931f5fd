using Microsoft.Playwright;
using SchoolPortal.Domain.People;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.Pupils;

[Collection(BrowserCollection.Name)]
public sealed class PupilListFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_filters_pupils_opens_a_card_fixes_a_snils_and_sees_it_in_the_list()
    {
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/management/pupils");
        var rows = page.GetByTestId("pupil-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();

        // Surnames А–К, grade 5.
        await ChooseAsync(page, "letter-from", "А");
        await ChooseAsync(page, "letter-to", "К");
        await ChooseAsync(page, "grade-filter", "5");
        await Assertions.Expect(page.Locator("td[data-label='Класс']").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^5"));
        var classes = await page.Locator("td[data-label='Класс']").AllInnerTextsAsync();
        Assert.NotEmpty(classes);
        Assert.All(classes, c => Assert.StartsWith("5", c));
        var names = await rows.AllInnerTextsAsync();
        Assert.All(names, n => Assert.InRange(char.ToUpperInvariant(n.Trim()[0]), 'А', 'К'));

        // Open the first pupil's card.
        var fullName = names[0].Trim();
        await rows.First.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/management/pupils/\\d+$"));
        var snils = Input(page, "snils-input");
        await Assertions.Expect(snils).ToBeVisibleAsync();

        // A SNILS with a wrong control number is refused with the message, and nothing is saved.
        await snils.FillAsync("112-233-445 96");
        await snils.PressAsync("Tab");
        await page.GetByTestId("save-button").ClickAsync();
        
        await Assertions.Expect(page.GetByText("не сходится контрольное число").First).ToBeVisibleAsync();

        // The right one is saved.
        var good = Snils.FromNumber(Random.Shared.Next(2_000_000, 999_999_999));
        await snils.FillAsync(good.Formatted);
        await snils.PressAsync("Tab");
        await page.GetByTestId("save-button").ClickAsync();
        // Exact: «Не сохранено: исправьте отмеченные поля.» contains the word too.
        await Assertions.Expect(page.GetByText("Сохранено", new() { Exact = true })).ToBeVisibleAsync();

        // Back in the list, searched by surname, the pupil shows the new SNILS.
        await page.GotoAsync("/management/pupils");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var search = Input(page, "search-input");
        await search.FillAsync(fullName.Split(' ')[0]);
        await search.PressAsync("Enter");
        var row = page.Locator("tr", new() { Has = page.GetByText(fullName, new() { Exact = true }) });
        await Assertions.Expect(row.First).ToContainTextAsync(good.Formatted);
    }

    /// <summary>The text input of a MudTextField, whether the test id sits on the input or on its wrapper.</summary>
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    /// <summary>Opens a MudSelect by its test id and picks the option with exactly this text.</summary>
    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{option}\\s*$") });
        await item.First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
