using Microsoft.Playwright;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;

namespace SchoolPortal.Tests.Journal;

/// <summary>
/// A closed period locks its marks until the administrator reopens it. The journal used (9А, Химия, today's lesson) is
/// not one the other flows type into; the period is left open.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PeriodLockFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_closes_a_period_and_the_teacher_finds_its_marks_locked_until_it_is_reopened()
    {
        var page = await portal.SignInAsync("admin1");
        await OpenJournalAsync(page, "9А", "Химия");
        var lessonId = await LessonOnAsync(page, "28.11");
        var cell = (await EmptyCellsAsync(page, lessonId))[1];
        await Assertions.Expect(page.GetByTestId("period-closed")).ToHaveCountAsync(0);

        try
        {
            await page.GetByTestId("period-close").ClickAsync();
            await ConfirmAsync(page, "Закрыть период");
            await Assertions.Expect(page.GetByTestId("period-closed")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("period-reopen")).ToBeVisibleAsync();

            // Locked: the editor is read-only, a typed mark is not taken, and the grid says why.
            await FocusCellAsync(page, cell);
            await Assertions.Expect(page.GetByTestId(cell).Locator("input")).Not.ToBeEditableAsync();
            await TypeEntryAsync(page, "4");
            await Assertions.Expect(page.GetByTestId("journal-message")).ToContainTextAsync("закрыт: отметки изменить нельзя");
            await Assertions.Expect(page.GetByTestId(cell)).ToHaveTextAsync("");
            await Assertions.Expect(page.GetByTestId(StateOf(cell))).ToHaveCountAsync(0);
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByTestId("period-closed")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId(cell)).ToHaveTextAsync("");

            await page.GetByTestId("period-reopen").ClickAsync();
            await ConfirmAsync(page, "Открыть период");
            await Assertions.Expect(page.GetByTestId("period-closed")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("period-close")).ToBeVisibleAsync();
        }
        finally
        {
            // Never leave the quarter closed for the other tests, whatever failed above.
            if (await page.GetByTestId("period-reopen").CountAsync() > 0)
            {
                await page.GetByTestId("period-reopen").ClickAsync();
                await ConfirmAsync(page, "Открыть период");
            }
        }

        // Open again: the mark is taken and saved.
        await FocusCellAsync(page, cell);
        await Assertions.Expect(page.GetByTestId(cell).Locator("input")).ToBeEditableAsync();
        await TypeEntryAsync(page, "4");
        await Assertions.Expect(page.GetByTestId(StateOf(cell))).ToHaveTextAsync("сохранено");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId(cell)).ToHaveTextAsync("4");
    }
}
