using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OfficeOpenXml;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Reports;

/// <summary>
/// Отчеты → классный журнал: teacher1 downloads the report of 5А, Математика for the 1st quarter (closed in the demo region,
/// so no other flow changes its marks) and finds in the Excel file what the page shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JournalReportFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Teacher_downloads_the_class_journal_report_as_excel()
    {
        var page = await portal.SignInAsync("teacher1");
        await page.GotoAsync("/reports/journal");
        await ChooseAsync(page, "report-class", "5А");
        await ChooseAsync(page, "report-subject", "Математика");
        await ChooseAsync(page, "report-period", new Regex("^\\s*1 четверть"));
        await page.GetByTestId("report-show").ClickAsync();
        var firstPupil = page.Locator("tr[data-testid^='journal-report-pupil-']").First;
        await Assertions.Expect(firstPupil).ToBeVisibleAsync();
        var shown = await firstPupil.Locator("td").AllInnerTextsAsync();
        Assert.True(shown.Count > 4, "В отчете нет уроков.");
        Assert.Contains(shown.Skip(2).Take(shown.Count - 4), c => c.Trim().Length > 0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Выгрузить в Excel", Exact = true }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        Assert.Contains("5А", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"journal-report-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var package = Workbooks.Open(new FileInfo(file));
            var sheet = package.Workbook.Worksheets[0];
            Assert.Equal("Журнал", sheet.Name);
            Assert.Equal("Отчет по классному журналу", sheet.Cells[1, 1].Text);
            Assert.Equal("Класс: 5А", sheet.Cells[3, 1].Text);
            Assert.Equal("Предмет: Математика", sheet.Cells[4, 1].Text);
            Assert.StartsWith("Учебный период: 1 четверть (01.09.2026–", sheet.Cells[5, 1].Text);
            Assert.Equal("Дата отчета: 28.11.2026", sheet.Cells[7, 1].Text);
            Assert.Equal("Ученик", sheet.Cells[9, 2].Text);

            // The first pupil's row: number, name and each lesson's cell as on the page.
            Assert.Equal("1", sheet.Cells[10, 1].Text);
            Assert.Equal(shown[1].Trim(), sheet.Cells[10, 2].Text);
            for (var l = 2; l < shown.Count - 2; l++)
                Assert.Equal(shown[l].Trim(), sheet.Cells[10, l + 1].Text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
