using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Tests.BatchUpdate;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;
using SchoolPortal.Tests.DataQuality;

namespace SchoolPortal.Tests.TestKit;

/// <summary>What the flow tests do with MudBlazor controls and the journal grid, in one place.</summary>
internal static class BrowserUi
{
    /// <summary>
    /// The text input of a MudTextField (a textarea when it has several lines) or a MudDatePicker, whether the test id sits on
    /// the input or on its wrapper.
    /// </summary>
    public static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea").First;

    /// <summary>Opens a MudSelect by its test id and picks the option with exactly this text.</summary>
    public static Task ChooseAsync(IPage page, string testId, string option) =>
        ChooseAsync(page, testId, new Regex($"^\\s*{Regex.Escape(option)}\\s*$"));

    /// <summary>Opens a MudSelect by its test id and picks the first option whose text matches.</summary>
    public static async Task ChooseAsync(IPage page, string testId, Regex option)
    {
        var select = page.GetByTestId(testId);
        await select.ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = option }).First;
        var text = (await item.InnerTextAsync()).Trim();
        await item.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        // The popover may close before the choice reaches the page: the next action waits until the select shows it.
        await Assertions.Expect(select).ToContainTextAsync(text);
    }

    /// <summary>
    /// Chooses a file in the page's file input once Blazor has wired it (its InputFile script marks the element): a file set
    /// on the prerendered input, before the circuit is up, reaches no one.
    /// </summary>
    public static async Task UploadAsync(IPage page, string file)
    {
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined",
            null, new() { Timeout = 30_000 });
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
    }

    /// <summary>
    /// Answers a confirmation (a MudBlazor message box) with the button of this text. On a busy machine a click has been seen
    /// to go unanswered while the box was still opening: the button is clicked again while the box stays (the box answers
    /// once, so a second click cannot do the action twice).
    /// </summary>
    public static async Task ConfirmAsync(IPage page, string button)
    {
        var dialog = page.Locator(".mud-dialog");
        var answer = dialog.GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        await answer.ClickAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Assertions.Expect(dialog).ToHaveCountAsync(0, new() { Timeout = attempt < 3 ? 5_000 : 15_000 });
                return;
            }
            catch (Exception e) when (attempt < 3 && e is PlaywrightException or TimeoutException)
            {
                try
                {
                    await answer.ClickAsync(new() { Timeout = 2_000 });
                }
                catch (Exception gone) when (gone is PlaywrightException or TimeoutException)
                {
                    // The box closed in the meantime: the expectation above now holds.
                }
            }
        }
    }

    /// <summary>Opens a class journal of the current study period through the journal picker.</summary>
    public static async Task OpenJournalAsync(IPage page, string className, string subject)
    {
        await page.GotoAsync("/journal");
        await ChooseAsync(page, "journal-class", className);
        await ChooseAsync(page, "journal-subject", subject);
        // The click can land while a select's popover is still closing and be lost: try again until the address changes.
        var sheet = new Regex("/journal/\\d+/\\d+/\\d+");
        await RepeatUntilAsync(() => page.GetByTestId("journal-open").ClickAsync(),
            () => Assertions.Expect(page).ToHaveURLAsync(sheet, new() { Timeout = 5_000 }), attempts: 4);
        await Assertions.Expect(page.GetByTestId("cell-editor")).ToBeFocusedAsync();
    }

    /// <summary>The id of the journal's lesson column dated «dd.MM» (the first, when the day has two).</summary>
    public static async Task<int> LessonOnAsync(IPage page, string dayMonth)
    {
        var header = page.Locator("th[data-testid^='lesson-']").Filter(new() { Has = page.GetByText(dayMonth, new() { Exact = true }) }).First;
        // The journal sheet of a whole term can take long to first render while the full suite shares the machine.
        var testId = await header.GetAttributeAsync("data-testid", new() { Timeout = 60_000 });
        return int.Parse(testId!["lesson-".Length..]);
    }

    /// <summary>The test ids of a lesson column's cells that are empty and editable, top to bottom (the focused cell left out).</summary>
    public static async Task<IReadOnlyList<string>> EmptyCellsAsync(IPage page, int lessonId)
    {
        var column = page.Locator($"tr:not(.gone) > td[data-testid^='cell-'][data-testid$='-{lessonId}']");
        return await column.EvaluateAllAsync<string[]>(
            "cells => cells.filter(c => !c.classList.contains('ro') && !c.querySelector('input') && c.textContent.trim() === '').map(c => c.dataset.testid)");
    }

    /// <summary>Clicks a journal cell until the editor sits in it (the grid's click handler is attached once the page is interactive).</summary>
    public static async Task FocusCellAsync(IPage page, string cellTestId)
    {
        var cell = page.GetByTestId(cellTestId);
        var editor = cell.Locator("input[data-testid=cell-editor]");
        await RepeatUntilAsync(() => cell.ClickAsync(), () => Assertions.Expect(editor).ToBeFocusedAsync(new() { Timeout = 3_000 }), attempts: 5);
    }

    /// <summary>Does <paramref name="act"/> until <paramref name="done"/> passes, at most <paramref name="attempts"/> times (the last failure is thrown).</summary>
    public static async Task RepeatUntilAsync(Func<Task> act, Func<Task> done, int attempts)
    {
        for (var attempt = 1; ; attempt++)
        {
            await act();
            try
            {
                await done();
                return;
            }
            catch (Exception e) when (attempt < attempts && e is PlaywrightException or TimeoutException)
            {
            }
        }
    }

    /// <summary>Types into the focused journal cell and presses Enter (the entry saves, the editor moves down).</summary>
    public static async Task TypeEntryAsync(IPage page, string text)
    {
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    public static string StateOf(string cellTestId) => cellTestId.Replace("cell-", "cell-state-");
}
