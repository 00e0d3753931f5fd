using OfficeOpenXml;
using OfficeOpenXml.Style;
using SchoolPortal.Domain.Readiness;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Readiness;

/// <summary>
/// The readiness lists as Excel files, laid out like the reports (<see cref="ReportWorkbook"/>: title block, column
/// headers on row <see cref="ReportWorkbook.HeaderRow"/>). EPPlus 4.5 (LGPL): no AutoFitColumns (it needs GDI+, absent on
/// Linux servers), widths are set by hand.
/// </summary>
public static class ReadinessWorkbook
{
    public const string ChildrenSheet = "Дети";
    public const string SchoolsSheet = "Школы";

    private static readonly ReadinessCondition[] Conditions = Enum.GetValues<ReadinessCondition>();

    public static byte[] School(SchoolReadinessList list, IReadOnlyList<PupilReadiness> pupils, string filter)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(ChildrenSheet);
        var counts = ReadinessCounts.Of(pupils.Select(p => p.Readiness));
        ReportWorkbook.Title(sheet, "Готовность к Госуслугам («Школьное портфолио»)",
            $"Школа: {list.School.SchoolName}", $"Отбор: {filter}", $"Дата: {CardCalendar.Format(list.MadeOn)}",
            $"Детей: {counts.Total}; готовы: {counts.Ready}; ждут входа родителя через Госуслуги: {counts.Awaiting}; не готовы: {counts.NotReady}");
        ReportWorkbook.Header(sheet, ["№", "Класс", "Ученик", "Дата рождения", .. Conditions.Select(ConditionHeader), "Итог", "Что сделать (кто)"],
            [5, 8, 36, 12, 15, 15, 15, 15, 20, 100]);
        var row = ReportWorkbook.HeaderRow + 1;
        for (var i = 0; i < pupils.Count; i++, row++)
        {
            var pupil = pupils[i];
            sheet.Cells[row, 1].Value = i + 1;
            sheet.Cells[row, 2].Value = pupil.ClassName;
            sheet.Cells[row, 3].Value = pupil.FullName;
            sheet.Cells[row, 4].Value = CardCalendar.Format(pupil.BirthDate);
            for (var c = 0; c < Conditions.Length; c++)
                sheet.Cells[row, 5 + c].Value = ReadinessTexts.Name(pupil.Readiness[Conditions[c]].State);
            sheet.Cells[row, 9].Value = ReadinessTexts.Name(pupil.Readiness.Status);
            sheet.Cells[row, 10].Value = string.Join("\n", pupil.Readiness.Problems.Select(p => $"{p.Text} ({ReadinessTexts.Name(p.Who)})"));
        }
        if (pupils.Count > 0)
        {
            sheet.Cells[ReportWorkbook.HeaderRow + 1, 10, row - 1, 10].Style.WrapText = true;
            sheet.Cells[ReportWorkbook.HeaderRow + 1, 1, row - 1, 10].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
            ReportWorkbook.Borders(sheet.Cells[ReportWorkbook.HeaderRow, 1, row - 1, 10]);
        }
        else
        {
            sheet.Cells[row, 1].Value = "Нет детей по выбранному отбору.";
        }
        sheet.View.FreezePanes(ReportWorkbook.HeaderRow + 1, 4);
        return package.GetAsByteArray();
    }

    public static byte[] Schools(IReadOnlyList<SchoolReadiness> schools, string scope, DateOnly madeOn)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(SchoolsSheet);
        var total = ReadinessCounts.Sum(schools.Select(s => s.Counts));
        ReportWorkbook.Title(sheet, "Готовность к Госуслугам («Школьное портфолио»)",
            $"Охват: {scope}", $"Дата: {CardCalendar.Format(madeOn)}",
            $"Школ: {schools.Count}; детей: {total.Total}; готовы: {total.Ready}; ждут входа родителя через Госуслуги: {total.Awaiting}; не готовы: {total.NotReady}");
        ReportWorkbook.Header(sheet, ["№", "Муниципалитет", "Школа", "Детей", "Готовы", "Доля готовых", "Ждут входа родителя", "Не готовы",
                .. Conditions.Select(c => $"Не выполнено: {ConditionHeader(c)}")],
            [5, 28, 40, 9, 9, 10, 12, 10, 15, 15, 15, 15]);
        var row = ReportWorkbook.HeaderRow + 1;
        var number = 0;
        var districts = schools.GroupBy(s => (s.MunicipalityId, s.Municipality)).ToList();
        foreach (var district in districts)
        {
            foreach (var school in district)
            {
                sheet.Cells[row, 1].Value = ++number;
                sheet.Cells[row, 2].Value = school.Municipality;
                sheet.Cells[row, 3].Value = school.SchoolName;
                Counts(sheet, row, school.Counts);
                row++;
            }
            if (districts.Count > 1)
            {
                sheet.Cells[row, 2].Value = district.Key.Municipality;
                sheet.Cells[row, 3].Value = "Итого по муниципалитету";
                Counts(sheet, row, ReadinessCounts.Sum(district.Select(s => s.Counts)));
                sheet.Cells[row, 1, row, 12].Style.Font.Bold = true;
                row++;
            }
        }
        sheet.Cells[row, 3].Value = "Итого";
        Counts(sheet, row, total);
        sheet.Cells[row, 1, row, 12].Style.Font.Bold = true;
        sheet.Cells[ReportWorkbook.HeaderRow + 1, 4, row, 12].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        ReportWorkbook.Borders(sheet.Cells[ReportWorkbook.HeaderRow, 1, row, 12]);
        sheet.View.FreezePanes(ReportWorkbook.HeaderRow + 1, 4);
        return package.GetAsByteArray();
    }

    /// <summary>«1. Ребёнок указан на Госуслугах».</summary>
    public static string ConditionHeader(ReadinessCondition condition) => $"{(int)condition}. {ReadinessTexts.Title(condition)}";

    private static void Counts(ExcelWorksheet sheet, int row, ReadinessCounts counts)
    {
        sheet.Cells[row, 4].Value = counts.Total;
        sheet.Cells[row, 5].Value = counts.Ready;
        sheet.Cells[row, 6].Value = counts.ReadyShare;
        sheet.Cells[row, 6].Style.Numberformat.Format = "0.0%";
        sheet.Cells[row, 7].Value = counts.Awaiting;
        sheet.Cells[row, 8].Value = counts.NotReady;
        for (var c = 0; c < Conditions.Length; c++)
            sheet.Cells[row, 9 + c].Value = counts.Failing(Conditions[c]);
    }
}
