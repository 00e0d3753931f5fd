using Microsoft.Playwright;
using OfficeOpenXml;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Pupils;

[Collection(BrowserCollection.Name)]
public sealed class NewPasswordsFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_issues_new_passwords_and_the_pupil_signs_in_with_one_and_must_change_it()
    {
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/management/pupils");
        var firstRow = page.Locator("tr", new() { Has = page.GetByTestId("pupil-row") }).First;
        await Assertions.Expect(firstRow).ToBeVisibleAsync();

        await firstRow.Locator("td[data-label='Дата рождения']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-count")).ToContainTextAsync("1");
        await page.GetByTestId("new-passwords").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Сформировать", Exact = true }).ClickAsync());

        var file = Path.Combine(Path.GetTempPath(), $"passwords-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        string login, password;
        {
            var package = Workbooks.Open(new FileInfo(file));
            var sheet = package.Workbook.Worksheets[0];
            var headers = Enumerable.Range(1, sheet.Dimension.End.Column).ToDictionary(c => sheet.Cells[1, c].Text, c => c);
            var pupilRow = Enumerable.Range(2, sheet.Dimension.End.Row - 1).First(r => sheet.Cells[r, headers["Роль"]].Text == "ученик");
            login = sheet.Cells[pupilRow, headers["Логин"]].Text;
            password = sheet.Cells[pupilRow, headers["Пароль"]].Text;
        }
        File.Delete(file);

        var pupilPage = await portal.NewPageAsync();
        await pupilPage.GotoAsync("/account/login");
        await pupilPage.FillAsync("#login", login);
        await pupilPage.FillAsync("#password", password);
        await pupilPage.ClickAsync("button[type=submit]");
        await pupilPage.WaitForURLAsync(url => url.Contains("/account/change-password"));
        await pupilPage.GotoAsync("/");
        await pupilPage.WaitForURLAsync(url => url.Contains("/account/change-password"));
    }
}
