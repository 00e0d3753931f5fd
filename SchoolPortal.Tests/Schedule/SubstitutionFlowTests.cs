using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.Schedule;

/// <summary>
/// Расписание → Замены: the administrator of school 1 adds a substitution for today (28.11.2026) and deletes it. It uses the
/// 4th lesson of 8Б (История, not a lesson of teacher1), when teacher1b (Галкина) has no lesson of her own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubstitutionFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_adds_a_substitution_and_the_substitute_sees_it_on_the_home_page_then_deletes_it()
    {
        var admin = await portal.SignInAsync("admin1");
        await admin.GotoAsync("/schedule/substitutions");
        await ChooseAsync(admin, "filter-day", "Сб, 28.11.2026");
        var rows = admin.Locator("tr[data-testid^='substitution-row-']");
        var ours = rows.Filter(new() { HasText = "8Б" }).Filter(new() { HasText = "История" });
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await Assertions.Expect(ours).ToHaveCountAsync(0);

        // The dialog opens on the day of the filter, with its lessons to choose from.
        await admin.GetByTestId("substitution-add").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("substitution-dialog")).ToBeVisibleAsync();
        await ChooseAsync(admin, "substitution-lesson", new Regex("^\\s*4-й урок · 8Б · История"));
        await ChooseAsync(admin, "substitution-substitute", new Regex("^\\s*Галкина"));
        await Input(admin, "substitution-comment").FillAsync("Учитель заболел");
        await admin.GetByTestId("substitution-save").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("substitution-dialog")).ToHaveCountAsync(0);

        await Assertions.Expect(ours).ToHaveCountAsync(1);
        await Assertions.Expect(ours).ToContainTextAsync("Галкина");
        await Assertions.Expect(ours).ToContainTextAsync("Учитель заболел");
        var rowId = (await ours.GetAttributeAsync("data-testid"))!["substitution-row-".Length..];

        // The substitute finds the lesson on her home page, with a link into its journal column.
        var substitute = await portal.SignInAsync("teacher1b");
        var lesson = substitute.Locator("tr[data-testid^='today-substitution-']").Filter(new() { HasText = "8Б" });
        await Assertions.Expect(lesson).ToHaveCountAsync(1);
        await Assertions.Expect(lesson).ToContainTextAsync("История");
        await Assertions.Expect(lesson.Locator("[data-testid^='today-lesson-']")).ToBeVisibleAsync();

        // Deleted after the confirmation, it is gone from the list.
        await Input(admin, $"substitution-select-{rowId}").CheckAsync();
        await admin.GetByTestId("substitution-delete").ClickAsync();
        await ConfirmAsync(admin, "Удалить");
        await Assertions.Expect(ours).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByTestId($"substitution-row-{rowId}")).ToHaveCountAsync(0);

        await substitute.ReloadAsync();
        await Assertions.Expect(substitute.GetByTestId("today-lessons").Locator("table")).ToBeVisibleAsync();
        await Assertions.Expect(lesson).ToHaveCountAsync(0);
    }
}
