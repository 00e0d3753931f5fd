using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.BatchUpdate;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.DataQuality;

namespace SchoolPortal.Tests.Schedule;

/// <summary>
/// Планирование → Расписание: a timetable change rebuilds the lessons from today on and keeps those that carry records (here: planned homework). Uses
/// 7А, which no other flow touches: its Monday 5th lesson (Изобразительное искусство) moves to the free 6th and back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TimetableChangeFlowTests(PortalServer portal)
{
    private const string Subject = "Изобразительное искусство";
    private const string Homework = "Эскиз зимнего пейзажа";

    [BrowserFact]
    public async Task Admin_changes_the_timetable_and_is_told_which_lessons_with_homework_were_kept()
    {
        var page = await portal.SignInAsync("admin1");

        // Homework planned on the coming Monday's lesson (30.11.2026; a mark there would be refused, the lesson has not taken
        // place): that lesson must survive the change.
        await OpenJournalAsync(page, "7А", Subject);
        var planned = await LessonOnAsync(page, "30.11");
        Assert.Empty(await EmptyCellsAsync(page, planned)); // the cells of a future lesson are read-only: they take no marks
        await page.GetByTestId($"lesson-{planned}").ClickAsync();
        await Input(page, "lesson-homework").FillAsync(Homework);
        await page.GetByTestId("lesson-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"lesson-{planned}")).ToContainTextAsync("•");

        await page.GotoAsync("/planning/timetable");
        await ChooseAsync(page, "timetable-class", "7А");
        await ChooseAsync(page, "timetable-period", new Regex("^\\s*2 четверть \\("));
        var fifth = page.GetByTestId("slot-Monday-5").Locator("[data-testid^='entry-']");
        var sixth = page.GetByTestId("slot-Monday-6").Locator("[data-testid^='entry-']");
        await Assertions.Expect(fifth).ToContainTextAsync(Subject);
        await Assertions.Expect(sixth).ToHaveCountAsync(0);

        await MoveAsync(page, fifth, "6");
        var report = page.GetByTestId("regeneration-report");
        await Assertions.Expect(report).ToContainTextAsync(new Regex("Уроки с 28\\.11\\.2026 обновлены по расписанию: добавлено — [1-9]\\d*, изменено — \\d+, удалено — [1-9]\\d*\\."));
        var kept = page.GetByTestId("kept-lessons");
        await Assertions.Expect(kept).ToContainTextAsync("1 урок");
        await Assertions.Expect(kept).ToContainTextAsync($"30.11.2026, 5-й урок, 7А — {Subject}");
        await Assertions.Expect(kept).ToContainTextAsync("не потеряны");
        await Assertions.Expect(sixth).ToContainTextAsync(Subject);
        await Assertions.Expect(fifth).ToHaveCountAsync(0);

        // Back where it was: the marked lesson is in its place again, nothing is reported kept.
        await MoveAsync(page, sixth, "5");
        await Assertions.Expect(report).ToContainTextAsync(new Regex("Уроки с 28\\.11\\.2026 обновлены по расписанию: добавлено — \\d+, изменено — \\d+, удалено — [1-9]\\d*\\."));
        await Assertions.Expect(kept).ToHaveCountAsync(0);
        await Assertions.Expect(fifth).ToContainTextAsync(Subject);
        await Assertions.Expect(sixth).ToHaveCountAsync(0);

        // The homework is still in the journal.
        // A click before the journal's circuit answers is lost (the editor then still shows another lesson): it is repeated.
        await OpenJournalAsync(page, "7А", Subject);
        await RepeatUntilAsync(() => page.GetByTestId($"lesson-{planned}").ClickAsync(),
            () => Assertions.Expect(Input(page, "lesson-homework")).ToHaveValueAsync(Homework, new() { Timeout = 5_000 }), attempts: 3);
    }

    private static async Task MoveAsync(IPage page, ILocator entry, string number)
    {
        await entry.ClickAsync();
        var dialog = page.GetByTestId("entry-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await ChooseAsync(page, "entry-number", new Regex($"^\\s*{number}(\\s|$)"));
        await page.GetByTestId("entry-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }
}
