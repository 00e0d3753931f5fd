using Microsoft.Playwright;
using OfficeOpenXml;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Pupils;

[Collection(BrowserCollection.Name)]
public sealed class PupilCardLoginFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_changes_a_pupil_login_on_the_card_and_downloads_the_list_with_two_chosen_fields()
    {
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/management/pupils");
        var link = page.GetByTestId("pupil-row").First.Locator("a");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var fullName = (await link.TextContentAsync())!.Trim();
        await link.ClickAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Учетная запись" }).ClickAsync();
        // «Сменить пароль» gives the pupil a login if there was none, and shows the new password once.
        await page.GetByTestId("pupil-password-change").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сменить", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pupil-new-password")).ToContainTextAsync("Новый пароль");

        var login = $"pupil.{Guid.NewGuid():N}"[..20];
        await BrowserUi.Input(page, "pupil-login-input").FillAsync(login.ToUpperInvariant());
        await page.GetByTestId("pupil-login-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pupil-login")).ToHaveTextAsync(login);

        await page.GotoAsync("/management/pupils");
        await Assertions.Expect(page.GetByTestId("pupil-number").First).ToHaveTextAsync("1");
        await page.GetByTestId("pupil-download").ClickAsync();
        var dialog = page.GetByTestId("pupil-download-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        // The dialog opens with the list's columns; keep ФИО and Логин only.
        foreach (var column in new[] { "BirthDate", "Class", "Snils", "Parents" })
            await BrowserUi.Input(page, $"download-field-{column}").UncheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("pupil-download-ok").ClickAsync());

        var file = Path.Combine(Path.GetTempPath(), $"pupils-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var package = Workbooks.Open(new FileInfo(file));
            var sheet = package.Workbook.Worksheets[0];
            Assert.Equal(["№ п/п", "ФИО", "Логин"], Enumerable.Range(1, sheet.Dimension.End.Column).Select(c => sheet.Cells[1, c].Text));
            var row = Enumerable.Range(2, sheet.Dimension.End.Row - 1).Single(r => sheet.Cells[r, 3].Text == login);
            Assert.Equal(fullName, sheet.Cells[row, 2].Text);
            Assert.Equal((row - 1).ToString(), sheet.Cells[row, 1].Text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
