using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;

namespace SchoolPortal.Tests.Schedule;

/// <summary>Расписание → События года: the administrator adds an event for grade levels in December 2026.</summary>
[Collection(BrowserCollection.Name)]
public sealed class YearEventFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_adds_a_year_event_and_it_is_listed_for_its_month()
    {
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/schedule/events");
        await page.GetByTestId("event-add").ClickAsync();
        var dialog = page.GetByTestId("event-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        // Without a title the event is not saved, and the dialog says why.
        await Input(page, "event-date").FillAsync("15.12.2026");
        await Input(page, "event-date").PressAsync("Tab");
        await page.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(dialog.GetByText("Укажите название события.")).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        var title = $"Родительское собрание {Guid.NewGuid().ToString("N")[..6]}";
        await ChooseAsync(page, "event-kind", "Родительское собрание");
        await Input(page, "event-title").FillAsync(title);
        await Input(page, "event-time").FillAsync("18:30");
        await ChooseAsync(page, "event-audience", "Параллели");
        await page.GetByTestId("event-grades").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("^\\s*8-е классы\\s*$") }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("^\\s*9-е классы\\s*$") }).ClickAsync();
        // A multiple choice stays open: a click outside it (on the dialog's title, not on the backdrop, which would close the
        // dialog) closes it.
        var heading = (await page.Locator(".mud-dialog .mud-dialog-title").First.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(heading.X + 10, heading.Y + heading.Height / 2);
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Input(page, "event-description").FillAsync("Итоги полугодия");
        await page.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        // Listed for December, and not for November.
        var row = page.Locator("tr[data-testid^='event-row-']").Filter(new() { HasText = title });
        await ChooseAsync(page, "events-month", "Ноябрь 2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Месяц" })).ToContainTextAsync("Ноябрь 2026");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await ChooseAsync(page, "events-month", "Декабрь 2026");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("15.12.2026");
        await Assertions.Expect(row).ToContainTextAsync("18:30");
        await Assertions.Expect(row).ToContainTextAsync("Родительское собрание");
        await Assertions.Expect(row).ToContainTextAsync("Параллели: 8, 9");
        await Assertions.Expect(row).ToContainTextAsync("Итоги полугодия");
    }
}
