using OfficeOpenXml;
using SchoolPortal.Features.Reports;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The change report of an applied update (.xlsx): every changed field old → new and every record added.</summary>
public static class ChangeReportWorkbook
{
    public static byte[] Write(BatchPlan plan, string title, params string[] lines)
    {
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("Изменения");
        ReportWorkbook.Title(sheet, title, lines);
        ReportWorkbook.Header(sheet, ["Строка файла", "Запись", "Поле", "Было", "Стало", "Ключ"], [8, 45, 30, 35, 35, 26]);
        var row = ReportWorkbook.HeaderRow + 1;
        foreach (var change in plan.Changes)
        {
            sheet.Cells[row, 1].Value = change.Row;
            sheet.Cells[row, 2].Value = SafeCell.Escape(change.Record);
            sheet.Cells[row, 3].Value = change.Column;
            sheet.Cells[row, 4].Value = change.Old is null ? null : SafeCell.Escape(change.Old);
            sheet.Cells[row, 5].Value = change.New is null ? null : SafeCell.Escape(change.New);
            sheet.Cells[row, 6].Value = change.Key;
            row++;
        }
        foreach (var added in plan.NewRecords)
        {
            sheet.Cells[row, 1].Value = added.Row;
            sheet.Cells[row, 2].Value = SafeCell.Escape(added.Description);
            sheet.Cells[row, 3].Value = "Новая запись";
            row++;
        }
        if (row > ReportWorkbook.HeaderRow + 1)
            ReportWorkbook.Borders(sheet.Cells[ReportWorkbook.HeaderRow, 1, row - 1, 6]);
        sheet.View.FreezePanes(ReportWorkbook.HeaderRow + 1, 1);
        return package.GetAsByteArray();
    }
}
