using OfficeOpenXml;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The tables of «Приемная кампания» as Excel files (EPPlus 4.5): a caption, Russian headers, numbers as numbers, shares
/// as percent, names escaped as the batch export does, column widths set by hand (AutoFit needs GDI+).
/// </summary>
public static class CampaignWorkbook
{
    public static readonly string[] FigureHeaders =
        ["Подано заявлений", "С ЕПГУ", "С ЕПГУ, %", "Мест опубликовано", "Заявлений от числа мест, %", "Зачислено", "Зачислено от числа мест, %"];

    public static byte[] Figures(string sheetName, string nameHeader, IReadOnlyList<CampaignRow> rows, string caption) =>
        Table(sheetName, caption, [nameHeader, .. FigureHeaders], [40, 14, 10, 10, 14, 16, 12, 16],
            rows.Select(r => new object?[]
            {
                r.Name, r.Filed, r.Epgu, r.EpguPercent, r.Places, r.FiledPerPlacePercent, r.Enrolled, r.EnrolledPerPlacePercent,
            }).ToList(), percentColumns: [4, 6, 8]);

    public static byte[] Days(IReadOnlyList<CampaignDayRow> days)
    {
        var channels = Enum.GetValues<ApplicationChannel>();
        string[] headers =
        [
            "Дата", "Подано всего", .. channels.Select(c => "Подано: " + EnrollmentNames.Name(c)),
            .. CampaignDashboardService.ReachedStatuses.Select(s => "Переведено в статус «" + EnrollmentNames.Name(s) + "»"),
        ];
        return Table("По дням", "Приемная кампания по дням", headers, [12, .. headers.Skip(1).Select(_ => 16.0)],
            days.Select(d => DayRow(d, channels)).ToList(), percentColumns: []);
    }

    private static object?[] DayRow(CampaignDayRow d, ApplicationChannel[] channels) =>
    [
        CardCalendar.Format(d.Day), d.FiledTotal, .. channels.Select(c => (object?)d.FiledBy(c)),
        .. CampaignDashboardService.ReachedStatuses.Select(s => (object?)d.ReachedCount(s)),
    ];

    public static byte[] Places(IReadOnlyList<CampaignPlacesRow> rows, string academicYear) =>
        Table("Места", $"Места для приёма на {academicYear} учебный год",
            ["Район", "Школа", "1 класс: мест", "заявлений", "зачислено", "свободно", "10 класс: мест", "заявлений", "зачислено", "свободно", "Мест не хватает"],
            [24, 36, 12, 11, 11, 11, 13, 11, 11, 11, 18],
            rows.Select(r => new object?[]
            {
                r.DistrictName, r.SchoolName,
                r.Published ? r.Grade1Places : null, r.Grade1Active, r.Grade1Enrolled, r.Published ? r.Grade1Free : null,
                r.Published ? r.Grade10Places : null, r.Grade10Active, r.Grade10Enrolled, r.Published ? r.Grade10Free : null,
                !r.Published ? "места не опубликованы"
                    : string.Join(", ", new[] { r.Grade1OverSubscribed ? "1 класс" : null, r.Grade10OverSubscribed ? "10 класс" : null }.OfType<string>()),
            }).ToList(), percentColumns: []);

    private static byte[] Table(string sheetName, string caption, IReadOnlyList<string> headers, IReadOnlyList<double> widths,
        IReadOnlyList<object?[]> rows, int[] percentColumns)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(sheetName);
        sheet.Cells[1, 1].Value = SafeCell.Escape(caption);
        sheet.Cells[1, 1].Style.Font.Bold = true;
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cells[2, c + 1].Value = headers[c];
            sheet.Column(c + 1).Width = widths[c];
        }
        sheet.Cells[2, 1, 2, headers.Count].Style.Font.Bold = true;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var c = 0; c < rows[i].Length; c++)
            {
                sheet.Cells[i + 3, c + 1].Value = rows[i][c] switch
                {
                    string text => SafeCell.Escape(text),
                    double percent => percent / 100,
                    var other => other,
                };
            }
        }
        foreach (var column in percentColumns)
        {
            if (rows.Count > 0)
                sheet.Cells[3, column, rows.Count + 2, column].Style.Numberformat.Format = "0.0%";
        }
        sheet.View.FreezePanes(3, 1);
        return package.GetAsByteArray();
    }
}
