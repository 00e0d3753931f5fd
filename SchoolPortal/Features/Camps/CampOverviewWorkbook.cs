using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// The tables of «Летний отдых: сводка» as Excel files, in the layout every report of the portal shares
/// (<see cref="ReportWorkbook"/>: the title block, headers on its row, widths set by hand, since AutoFit needs GDI+).
/// </summary>
public static class CampOverviewWorkbook
{
    public static readonly string[] FigureHeaders =
    [
        "Мест", "Предоставлено мест", "из них оплачено", "из них путевок выдано", "Ожидают оплаты", "В резерве (заявлений)", "Свободно",
        "К оплате, ₽", "Получено, ₽",
    ];

    private static readonly double[] FigureWidths = [9, 13, 11, 12, 11, 12, 10, 14, 14];

    private static readonly string[] Notes =
    [
        "Предоставлено — места, которые держат заявления: ожидают оплаты, оплачены, путевка выдана.",
        "В резерве — заявления, ожидающие места; заявление с несколькими сменами считается в лагере и районе один раз.",
        "К оплате — родительские доли за предоставленные и еще не оплаченные места; получено — поступившие оплаты.",
    ];

    /// <param name="withCamp">Camps: the district and the kind beside the name.</param>
    public static byte[] Rows(string sheetName, string caption, string nameHeader, IReadOnlyList<CampRow> rows, CampRow total, bool withCamp)
    {
        string[] names = withCamp ? [nameHeader, "Район", "Вид", "Смен"] : [nameHeader, "Смен"];
        double[] widths = withCamp ? [36, 32, 26, 7] : [40, 7];
        return Table(sheetName, caption, names, widths,
            [.. rows.Select(r => Line(withCamp ? [r.Name, r.District, r.Kind, r.Shifts] : [r.Name, r.Shifts], r.Counts))],
            Line(withCamp ? [total.Name, null, null, total.Shifts] : [total.Name, total.Shifts], total.Counts));
    }

    public static byte[] Shifts(string caption, IReadOnlyList<CampShiftRow> rows, CampRow total) =>
        Table("Смены", caption, ["Район", "Лагерь", "Смена", "Даты"], [30, 34, 10, 24],
            [.. rows.Select(r => Line([r.District, r.Camp, r.Shift, r.Dates], r.Counts))],
            Line([total.Name, null, null, null], total.Counts));

    private static object?[] Line(object?[] names, CampCounts c) =>
        [.. names, c.Places, c.Granted, c.Paid, c.Issued, c.AwaitingPayment, c.Reserve, c.Free, c.Due, c.Received];

    private static byte[] Table(string sheetName, string caption, string[] names, double[] widths, IReadOnlyList<object?[]> rows, object?[] total)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(sheetName);
        ReportWorkbook.Title(sheet, SafeCell.Escape(caption), Notes);
        var columns = names.Length + FigureHeaders.Length;
        ReportWorkbook.Header(sheet, [.. names, .. FigureHeaders], [.. widths, .. FigureWidths]);
        var row = ReportWorkbook.HeaderRow + 1;
        foreach (var line in rows.Append(total))
        {
            for (var c = 0; c < line.Length; c++)
                sheet.Cells[row, c + 1].Value = line[c] is string text ? SafeCell.Escape(text) : line[c];
            row++;
        }
        var last = row - 1;
        sheet.Cells[last, 1, last, columns].Style.Font.Bold = true;
        sheet.Cells[ReportWorkbook.HeaderRow + 1, columns - 1, last, columns].Style.Numberformat.Format = "#,##0.00";
        ReportWorkbook.Borders(sheet.Cells[ReportWorkbook.HeaderRow, 1, last, columns]);
        sheet.View.FreezePanes(ReportWorkbook.HeaderRow + 1, 2);
        return package.GetAsByteArray();
    }
}
