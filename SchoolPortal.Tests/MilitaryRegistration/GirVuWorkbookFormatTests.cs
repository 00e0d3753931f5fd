using System.Text.RegularExpressions;
using OfficeOpenXml;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Features.MilitaryRegistration;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.MilitaryRegistration;

/// <summary>The totals line of an error file is text in a cell: its counts are written the Russian way, not «1,234».</summary>
public sealed class GirVuWorkbookFormatTests
{
    [Fact]
    public void The_totals_line_of_the_schools_file_groups_thousands_with_a_space_and_the_answer_time_is_the_regions()
    {
        var answeredAt = new DateTimeOffset(2026, 12, 4, 17, 40, 0, TimeSpan.Zero);
        var school = new GirVuSchoolRow(1, "Челябинский городской округ", "МАОУ «СОШ № 1»", "7451000013", "1027400000000",
            GirVuExchangeState.Answered, Sent: 1200, Unchanged: 30, Invalid: 4, Accepted: 1190, Rejected: 10, Fixed: 2, null, answeredAt);
        var file = GirVuWorkbook.Schools(new GirVuWorkbookTitle("04.12.2026 22:30", "регион", "все", "04.12.2026"), [school]);

        var package = Workbooks.Open(file);
        var sheet = package.Workbook.Worksheets[0];
        var texts = Enumerable.Range(1, sheet.Dimension.End.Row)
            .SelectMany(r => Enumerable.Range(1, sheet.Dimension.End.Column).Select(c => sheet.Cells[r, c].Text))
            .ToList();

        var totals = Assert.Single(texts, t => t.Contains("учеников в выборке"));
        Assert.Matches(new Regex("учеников в выборке: 1[\u00A0\u202F ]234;"), totals);
        Assert.Matches(new Regex("1[\u00A0\u202F ]234"), totals);
        Assert.Contains("04.12.2026 22:40", texts);
    }
}
