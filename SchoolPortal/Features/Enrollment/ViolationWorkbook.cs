using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Enrollment;

/// <summary>The violations as an Excel file (EPPlus 4.5): a title line, Russian headers, text cells escaped, widths set by hand.</summary>
public static class ViolationWorkbook
{
    public const string Sheet = "Нарушения";

    public static readonly string[] Headers =
        ["№ п/п", "Район", "Школа", "Номер заявления", "Ребёнок", "Дата подачи", "Статус", "Нарушение", "Срок", "Что нарушено", "Ссылка"];

    private static readonly double[] Widths = [7, 26, 30, 20, 34, 12, 22, 34, 12, 90, 34];
    private const int FirstRow = 3;

    public static byte[] Build(IReadOnlyList<ViolationRow> rows, string title, DateOnly madeOn)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(Sheet);
        sheet.Cells[1, 1].Value = SafeCell.Escape(title);
        sheet.Cells[1, 1].Style.Font.Bold = true;
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cells[FirstRow - 1, c + 1].Value = Headers[c];
            sheet.Column(c + 1).Width = Widths[c];
        }
        sheet.Cells[FirstRow - 1, 1, FirstRow - 1, Headers.Length].Style.Font.Bold = true;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var line = FirstRow + i;
            sheet.Cells[line, 1].Value = i + 1;
            string[] texts =
            [
                r.DistrictName, r.SchoolName, r.Number, r.ChildName, CardCalendar.Format(r.FiledOn), r.StatusName, r.KindName,
                CardCalendar.Format(r.Deadline), r.Text, r.Link,
            ];
            for (var c = 0; c < texts.Length; c++)
                sheet.Cells[line, c + 2].Value = SafeCell.Escape(texts[c]);
        }
        if (rows.Count > 0)
            sheet.Cells[FirstRow, 2, FirstRow + rows.Count - 1, Headers.Length].Style.Numberformat.Format = "@";
        sheet.Cells[FirstRow + rows.Count + 1, 1].Value = $"Выгружено {CardCalendar.Format(madeOn)}, нарушений: {rows.Count}";
        sheet.View.FreezePanes(FirstRow, 1);
        return package.GetAsByteArray();
    }
}
