using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using OfficeOpenXml;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.DataQuality;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.MilitaryRegistration;

/// <summary>
/// Issue 6 in a real browser: one 17-year-old pupil of admin1's school loses the SNILS; admin1 starts a ГИР ВУ exchange on
/// «Отчеты ГИР ВУ», the demo's local stand-in answers the other pupils, and «Загрузить» of the pupils' report (only errors)
/// gives an xlsx that opens with EPPlus and names that pupil with the error SNILS_MISSING.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class GirVuFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin_runs_an_exchange_the_stand_in_answers_and_the_error_file_names_the_pupil_without_snils()
    {
        var (surname, firstName) = await RemoveSnilsOfOneCohortPupilAsync();
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/management/girvu");
        await page.GetByTestId("girvu-start").ClickAsync();
        await ConfirmAsync(page, "Отправить");
        await Assertions.Expect(page.GetByTestId("girvu-summary")).ToContainTextAsync("Выгрузка завершена", new() { Timeout = 60_000 });
        // The stand-in answers within seconds; the page reads the answers by itself while packages wait.
        await Assertions.Expect(page.GetByTestId("girvu-waiting")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        var school = page.GetByTestId("girvu-school-row").First;
        await Assertions.Expect(school).ToContainTextAsync("Ответ получен");
        // The chosen run's label follows: «ждут ответа: N» does not stay once the answers came.
        var run = page.GetByTestId("girvu-run");
        await Assertions.Expect(run).ToHaveValueAsync(new Regex("школ: "));
        await Assertions.Expect(run).Not.ToHaveValueAsync(new Regex("ждут ответа"));

        await ChooseAsync(page, "girvu-kind", "Отчет по школьникам");
        await ChooseAsync(page, "girvu-filter", "Только с ошибками");
        var row = page.GetByTestId("girvu-pupil-row").Filter(new() { HasText = $"{surname} {firstName}" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        // The page names the error in Russian; its code stays for support in the tooltip and in the Excel file.
        await Assertions.Expect(row).ToContainTextAsync("Не указан СНИЛС.");
        await Assertions.Expect(row).Not.ToContainTextAsync("SNILS_MISSING");
        await Assertions.Expect(row.Locator("[title='Код ошибки: SNILS_MISSING']")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("girvu-download").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"girvu-flow-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var package = Workbooks.Open(new FileInfo(file));
            var sheet = package.Workbook.Worksheets[0];
            Assert.Equal("Школьники", sheet.Name);
            var rows = Enumerable.Range(1, sheet.Dimension.End.Row).Select(r => (Pupil: sheet.Cells[r, 5].Text, Code: sheet.Cells[r, 10].Text)).ToList();
            Assert.Contains(rows, r => r.Pupil.StartsWith($"{surname} {firstName}") && r.Code == "SNILS_MISSING");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The first pupil of admin1's school born 17 years before the demo's year: their SNILS is removed in the database.</summary>
    private async Task<(string Surname, string FirstName)> RemoveSnilsOfOneCohortPupilAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath}");
        await connection.OpenAsync();
        var find = connection.CreateCommand();
        find.CommandText = """
            SELECT p.Id, p.Surname, p.FirstName FROM Pupils p
            WHERE p.SchoolId = (SELECT SchoolId FROM UserAccounts WHERE Login = 'admin1') AND p.Status = 1
              AND p.BirthDate >= $from AND p.BirthDate <= $to
            ORDER BY p.Id LIMIT 1
            """;
        var year = SchoolPortal.Data.DemoRegion.DemoRegionGenerator.FixedDay.Year - 17;
        find.Parameters.AddWithValue("$from", new DateOnly(year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        find.Parameters.AddWithValue("$to", new DateOnly(year, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await using var reader = await find.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"В школе admin1 нет учеников {year} года рождения.");
        var (id, surname, firstName) = (reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
        await reader.CloseAsync();
        var update = connection.CreateCommand();
        update.CommandText = "UPDATE Pupils SET Snils = NULL WHERE Id = $id";
        update.Parameters.AddWithValue("$id", id);
        await update.ExecuteNonQueryAsync();
        return (surname, firstName);
    }
}
