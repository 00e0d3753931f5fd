using OfficeOpenXml;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// The dashboard's lists as Excel files, laid out like the reports (<see cref="ReportWorkbook"/>). EPPlus 4.5: no
/// AutoFitColumns (it needs GDI+), widths set by hand.
/// </summary>
public static class QualityWorkbook
{
    public const string TableSheet = "Оценки";
    public const string FailingSheet = "Записи";

    public static byte[] Table(QualityView view)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(TableSheet);
        ReportWorkbook.Title(sheet, $"Качество формирования данных: {view.Title}", $"Дата расчёта: {CardCalendar.Format(view.ComputedOn)}",
            "Оценка — доля проверенных записей без ошибок.");
        var row = ReportWorkbook.HeaderRow + 1;
        if (view.Level == QualityLevel.School)
        {
            ReportWorkbook.Header(sheet, ["Группа", "Код", "Проверка", "Проверено", "С ошибкой", "Оценка"], [24, 26, 60, 12, 12, 10]);
            foreach (var rule in view.Rules)
            {
                object[] values = [rule.Rule.GroupName, rule.Rule.Code, rule.Rule.Title, rule.Totals.Checked, rule.Totals.Failing];
                Fill(sheet, row, values, rule.Totals, 6);
                row++;
            }
        }
        else
        {
            var groups = QualityGroups.All;
            ReportWorkbook.Header(sheet, [view.Level == QualityLevel.Region ? "Муниципалитет" : "Школа", .. groups.Select(QualityGroups.Name), "Итого"],
                [40, .. groups.Select(_ => 14.0), 12]);
            foreach (var item in view.Total is null ? view.Rows : [.. view.Rows, view.Total])
            {
                sheet.Cells[row, 1].Value = item.Name;
                for (var g = 0; g < groups.Count; g++)
                    Score(sheet.Cells[row, 2 + g], item[groups[g]]);
                Score(sheet.Cells[row, 2 + groups.Count], item.Overall);
                row++;
            }
        }
        Finish(sheet, row, view.Level == QualityLevel.School ? 6 : QualityGroups.All.Count + 2, "Оценок нет.");
        return package.GetAsByteArray();
    }

    public static byte[] Failing(string schoolName, QualityRule rule, IReadOnlyList<QualityRecord> records, DateOnly madeOn)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(FailingSheet);
        ReportWorkbook.Title(sheet, $"{rule.Title}: записи с ошибкой", $"Школа: {schoolName}", $"Проверка: {rule.Code} ({rule.GroupName})",
            $"Дата: {CardCalendar.Format(madeOn)}");
        ReportWorkbook.Header(sheet, ["№", "Запись", "Подробности", "Где исправить"], [6, 50, 40, 50]);
        var row = ReportWorkbook.HeaderRow + 1;
        for (var i = 0; i < records.Count; i++, row++)
        {
            sheet.Cells[row, 1].Value = i + 1;
            sheet.Cells[row, 2].Value = records[i].Name;
            sheet.Cells[row, 3].Value = records[i].Detail;
            sheet.Cells[row, 4].Value = records[i].Link;
        }
        Finish(sheet, row, 4, "Записей с ошибкой нет.");
        return package.GetAsByteArray();
    }

    private static void Fill(ExcelWorksheet sheet, int row, object[] values, QualityTotals totals, int scoreColumn)
    {
        for (var c = 0; c < values.Length; c++)
            sheet.Cells[row, c + 1].Value = values[c];
        Score(sheet.Cells[row, scoreColumn], totals);
    }

    private static void Score(ExcelRange cell, QualityTotals totals)
    {
        if (totals.Score is not { } score)
        {
            cell.Value = "—";
            return;
        }
        cell.Value = score;
        cell.Style.Numberformat.Format = "0.0%";
    }

    private static void Finish(ExcelWorksheet sheet, int row, int columns, string empty)
    {
        if (row == ReportWorkbook.HeaderRow + 1)
            sheet.Cells[row, 1].Value = empty;
        else
            ReportWorkbook.Borders(sheet.Cells[ReportWorkbook.HeaderRow, 1, row - 1, columns]);
        sheet.View.FreezePanes(ReportWorkbook.HeaderRow + 1, 2);
    }
}
