using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.Journal;

/// <summary>
/// The journal as teachers use it, in the demo region on its today (28.11.2026): teacher1 has lessons, and the last of
/// them is given by teacher1b as a substitution.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JournalFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Teacher_opens_todays_lesson_types_marks_and_an_absence_with_the_keyboard_and_sees_them_after_a_reload()
    {
        var page = await portal.SignInAsync("teacher1");
        var lessonLink = page.Locator("[data-testid^='today-lesson-']").First;
        await Assertions.Expect(lessonLink).ToBeVisibleAsync();
        var lessonId = LessonIdOf(await lessonLink.GetAttributeAsync("data-testid"), "today-lesson-");

        await lessonLink.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/journal/") && url.Contains($"lesson={lessonId}"));
        // The link opens the journal with the editor in the lesson's column, on the first pupil: no mouse needed from here.
        var editor = page.GetByTestId("cell-editor");
        await Assertions.Expect(editor).ToBeFocusedAsync();
        var column = page.Locator($"td[data-testid^='cell-'][data-testid$='-{lessonId}']");
        var cells = new List<string>();
        for (var i = 0; i < 3; i++)
            cells.Add((await column.Nth(i).GetAttributeAsync("data-testid"))!);

        await page.Keyboard.TypeAsync("5");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("4");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("н");
        await page.Keyboard.PressAsync("Enter");

        foreach (var cell in cells)
            await Assertions.Expect(page.GetByTestId(cell.Replace("cell-", "cell-state-"))).ToHaveTextAsync("сохранено");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("cell-editor")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId(cells[0]).Locator("input")).ToHaveValueAsync("5");
        await Assertions.Expect(page.GetByTestId(cells[1])).ToHaveTextAsync("4");
        await Assertions.Expect(page.GetByTestId(cells[2])).ToHaveTextAsync("н");
    }

    [BrowserFact]
    public async Task The_substitute_fills_in_the_substituted_lesson_and_the_absent_teacher_cannot()
    {
        var substitute = await portal.SignInAsync("teacher1b");
        var row = substitute.Locator("tr[data-testid^='today-substitution-']").First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var lessonId = LessonIdOf(await row.GetAttributeAsync("data-testid"), "today-substitution-");
        await row.GetByTestId($"today-lesson-{lessonId}").ClickAsync();
        await substitute.WaitForURLAsync(url => url.Contains($"lesson={lessonId}"));
        await Assertions.Expect(substitute.GetByTestId("cell-editor")).ToBeFocusedAsync();
        var cell = (await substitute.Locator($"td[data-testid^='cell-'][data-testid$='-{lessonId}']").First.GetAttributeAsync("data-testid"))!;

        await substitute.Keyboard.TypeAsync("5");
        await substitute.Keyboard.PressAsync("Enter");
        await Assertions.Expect(substitute.GetByTestId(cell.Replace("cell-", "cell-state-"))).ToHaveTextAsync("сохранено");
        var journal = substitute.Url;

        var absent = await portal.SignInAsync("teacher1");
        // On the absent teacher's home the lesson is listed as given by someone else, without a journal link.
        var own = absent.GetByTestId($"today-substitution-{lessonId}");
        await Assertions.Expect(own).ToContainTextAsync("замена: ведёт");
        await Assertions.Expect(own.GetByTestId($"today-lesson-{lessonId}")).ToHaveCountAsync(0);

        await absent.GotoAsync(journal);
        var editor = absent.GetByTestId("cell-editor");
        await Assertions.Expect(editor).ToBeFocusedAsync();
        await Assertions.Expect(editor).ToHaveValueAsync("5");
        await Assertions.Expect(absent.GetByTestId("cell-readonly")).ToContainTextAsync("заменяющий учитель");
        await absent.Keyboard.TypeAsync("2");
        await absent.Keyboard.PressAsync("Enter");

        await absent.ReloadAsync();
        await Assertions.Expect(absent.GetByTestId("cell-editor")).ToHaveValueAsync("5");
    }

    private static int LessonIdOf(string? testId, string prefix) => int.Parse(testId![prefix.Length..]);
}
