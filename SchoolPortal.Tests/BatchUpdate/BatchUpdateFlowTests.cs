using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OfficeOpenXml;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>
/// Issue 5 in a real browser: admin1 exports the 5th grade's list through «Пакетное обновление», the test edits one pupil's
/// birthplace in the file, admin1 uploads it, sees the change old → new in the preview, applies it and finds it on the
/// pupil's card; then admin1 merges one of the parent duplicates the demo region plants in school 1.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class BatchUpdateFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_exports_edits_uploads_previews_and_applies_the_class_list_then_merges_a_planted_parent_duplicate()
    {
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/management/pupils");
        await Assertions.Expect(page.GetByTestId("pupil-row").First).ToBeVisibleAsync();
        await ChooseAsync(page, "grade-filter", "5");
        await Assertions.Expect(page.Locator("td[data-label='Класс']").First).ToHaveTextAsync(new Regex("^5"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Пакетное обновление" }).ClickAsync();
        await page.GetByTestId("batch-export").ClickAsync();
        await Assertions.Expect(page.GetByTestId("batch-export-dialog")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("batch-export-confirm").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"batch-flow-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var birthplace = $"г. Тестовск-{Random.Shared.Next(100, 999)}";
            var (surname, firstName, before) = EditFirstPupil(file, birthplace);

            await page.GotoAsync("/management/pupils/batch-update");
            await BrowserUi.UploadAsync(page, file);
            var change = page.GetByTestId("batch-changes").Locator("tbody tr", new() { HasText = birthplace });
            // Reading and checking the file takes a few seconds when the whole suite shares the machine.
            try
            {
                await Assertions.Expect(change).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            }
            catch (PlaywrightException e)
            {
                throw new Xunit.Sdk.XunitException($"Предпросмотр не показал изменение «{birthplace}». Страница:\n{await page.InnerTextAsync("body")}\n{e.Message}");
            }
            await Assertions.Expect(change.GetByTestId("batch-change-new")).ToHaveTextAsync(birthplace);
            if (before.Length > 0)
                await Assertions.Expect(change.GetByTestId("batch-change-old")).ToHaveTextAsync(before);
            await Assertions.Expect(change).ToContainTextAsync("Место рождения");

            await page.GetByTestId("batch-apply").ClickAsync();
            await Assertions.Expect(page.GetByTestId("batch-message")).ToContainTextAsync("Изменения записаны", new() { Timeout = 30_000 });

            await page.GotoAsync("/management/pupils");
            await Assertions.Expect(page.GetByTestId("pupil-row").First).ToBeVisibleAsync();
            var search = Input(page, "search-input");
            await search.FillAsync(surname);
            await search.PressAsync("Enter");
            // The list re-renders with the search's result: wait for it, since a click on a row it replaces is lost (and repeated).
            await Assertions.Expect(page.GetByTestId("pupil-row").Filter(new() { HasNotText = surname })).ToHaveCountAsync(0);
            var link = page.GetByTestId("pupil-row").Filter(new() { HasText = $"{surname} {firstName}" }).First.Locator("a");
            await BrowserUi.RepeatUntilAsync(() => link.ClickAsync(),
                () => page.WaitForURLAsync(new Regex(@"/management/pupils/\d+$"), new() { Timeout = 10_000 }), attempts: 3);
            var field = page.Locator(".mud-input-control", new() { Has = page.GetByText("Место рождения", new() { Exact = true }) }).Locator("input");
            await Assertions.Expect(field).ToHaveValueAsync(birthplace);
        }
        finally
        {
            File.Delete(file);
        }

        // The demo plants mothers typed in twice for two children of school 1: merge the first group into its first record.
        await page.GotoAsync("/management/duplicates");
        var group = page.GetByTestId("duplicate-group").First;
        await Assertions.Expect(group).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var records = await group.GetByTestId("duplicate-record").CountAsync();
        Assert.True(records >= 2, "В группе дублей меньше двух записей.");
        // The question opens once the circuit answers the click: a click before that is lost, and the button is clicked again.
        var confirm = page.GetByTestId("confirm");
        await BrowserUi.RepeatUntilAsync(() => group.GetByTestId("merge-button").ClickAsync(),
            () => Assertions.Expect(confirm).ToBeVisibleAsync(new() { Timeout = 10_000 }), attempts: 3);
        // A click that lands while the dialog is still opening is lost: it is repeated while the question is still shown.
        await BrowserUi.RepeatUntilAsync(
            async () =>
            {
                if (await confirm.IsVisibleAsync())
                    await confirm.ClickAsync();
            },
            () => Assertions.Expect(page.GetByTestId("merge-row").First).ToBeVisibleAsync(new() { Timeout = 5_000 }),
            attempts: 4);
    }

    /// <summary>Sets the birthplace of the file's first pupil; returns who it is and the birthplace the file had.</summary>
    private static (string Surname, string FirstName, string Before) EditFirstPupil(string path, string birthplace)
    {
        var package = Workbooks.Open(new FileInfo(path));
        var sheet = package.Workbook.Worksheets["Ученики"];
        int Column(string header) => Enumerable.Range(1, sheet.Dimension.End.Column).First(c => sheet.Cells[1, c].Text == header);
        var surname = sheet.Cells[2, Column("Фамилия")].Text;
        var firstName = sheet.Cells[2, Column("Имя")].Text;
        var cell = sheet.Cells[2, Column("Место рождения")];
        var before = cell.Text;
        cell.Value = birthplace;
        package.Save();
        return (surname, firstName, before);
    }
}
