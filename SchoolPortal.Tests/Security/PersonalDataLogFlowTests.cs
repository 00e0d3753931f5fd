using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using OfficeOpenXml;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Security;

/// <summary>
/// Personal data never reaches the portal's log (152-FZ): a parent signs in through Gosuslugi, admin1 uploads an update file
/// with a mistyped SNILS and runs a ГИР ВУ exchange, and the portal's log at Information level holds no SNILS, passport or
/// birth-certificate number of anyone in the region, nor the planted one.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PersonalDataLogFlowTests(PortalServer portal)
{
    // 987-654-321: its control number is 83, so the file's row is refused with the number in the message on the page.
    private const string PlantedSnils = "98765432100";

    [BrowserFact]
    public async Task Gosuslugi_sign_in_a_batch_update_and_a_girvu_exchange_log_no_snils_or_document_number()
    {
        var parent = await portal.NewPageAsync();
        await parent.GotoAsync("/account/login");
        await parent.GetByTestId("esia-signin").ClickAsync();
        await parent.GetByTestId("esia-person-matching").ClickAsync();
        await parent.WaitForURLAsync(new Regex("/portfolio"));

        var admin = await portal.SignInAsync("admin1");
        await UploadFileWithMistypedSnilsAsync(admin);

        await admin.GotoAsync("/management/girvu");
        await admin.GetByTestId("girvu-start").ClickAsync();
        await ConfirmAsync(admin, "Отправить");
        await Assertions.Expect(admin.GetByTestId("girvu-summary")).ToContainTextAsync("Выгрузка завершена", new() { Timeout = 60_000 });

        var log = portal.Log;
        Assert.Contains("Now listening on", log);
        var leaked = (await PersonalNumbersAsync()).Append(PlantedSnils).Where(number => Appears(number, log)).ToList();
        Assert.True(leaked.Count == 0, $"В журнале портала персональные номера: {string.Join(", ", leaked.Take(5))}");
    }

    private static async Task UploadFileWithMistypedSnilsAsync(IPage page)
    {
        await page.GotoAsync("/management/pupils");
        await Assertions.Expect(page.GetByTestId("pupil-row").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Пакетное обновление" }).ClickAsync();
        await page.GetByTestId("batch-export").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("batch-export-confirm").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"pii-log-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            {
                var package = Workbooks.Open(new FileInfo(file));
                var sheet = package.Workbook.Worksheets["Ученики"];
                var snils = Enumerable.Range(1, sheet.Dimension.End.Column).First(c => sheet.Cells[1, c].Text == "СНИЛС");
                sheet.Cells[2, snils].Value = PlantedSnils;
                package.Save();
            }
            await page.GotoAsync("/management/pupils/batch-update");
            await BrowserUi.UploadAsync(page, file);
            await Assertions.Expect(page.GetByTestId("batch-error-row").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Every SNILS and identity-document number the demo region holds, in the forms a log line could print.</summary>
    private async Task<IReadOnlyList<string>> PersonalNumbersAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column, string? Series)>();
        var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        foreach (var table in names)
        {
            var info = connection.CreateCommand();
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            var tableColumns = new List<string>();
            await using (var reader = await info.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    tableColumns.Add(reader.GetString(0));
            foreach (var column in tableColumns.Where(c => c == "Snils" || c.EndsWith("Number") && (c.Contains("Document") || c.Contains("Passport") || c.Contains("Certificate"))))
            {
                var series = column == "Snils" ? null : column.Replace("Number", "Series");
                columns.Add((table, column, tableColumns.Contains(series ?? "") ? series : null));
            }
        }
        Assert.Contains(columns, c => c.Column == "Snils");
        Assert.Contains(columns, c => c.Column.Contains("Passport"));

        var numbers = new HashSet<string>();
        foreach (var (table, column, series) in columns)
        {
            var select = connection.CreateCommand();
            select.CommandText = $"SELECT {column}, {series ?? "NULL"} FROM \"{table}\" WHERE {column} IS NOT NULL AND {column} <> ''";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var number = reader.GetString(0);
                // A bare 6-digit document number could match anything; with its series it is the document.
                numbers.Add(!reader.IsDBNull(1) && number.Length < 9 ? $"{reader.GetString(1)} {number}" : number);
            }
        }
        Assert.True(numbers.Count > 1000, $"Найдено только {numbers.Count} номеров в демо-регионе.");
        return [.. numbers];
    }

    private static bool Appears(string number, string log)
    {
        if (log.Contains(number, StringComparison.Ordinal) || log.Contains(number.Replace(" ", ""), StringComparison.Ordinal))
            return true;
        // SNILS as people write it: 123-456-789 01.
        return number.Length == 11 && number.All(char.IsAsciiDigit)
            && log.Contains($"{number[..3]}-{number[3..6]}-{number[6..9]} {number[9..]}", StringComparison.Ordinal);
    }
}
