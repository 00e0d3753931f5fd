using OfficeOpenXml;
using OfficeOpenXml.Style;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Reports;

/// <summary>
/// The reports as Excel files (EPPlus 4.5, LGPL). No AutoFitColumns and no pictures: both need GDI+, which Linux servers
/// lack; column widths are set by hand.
/// </summary>
public static class ReportWorkbook
{
    public const string JournalSheet = "Журнал";
    public const string LessonsSheet = "Уроки";
    public const string AttendanceSheet = "Посещаемость";

    /// <summary>The row of the column headers in every sheet; the title block is above it.</summary>
    public const int HeaderRow = 9;

    private const string Legend = "н — отсутствовал(а), б — болел(а), уп — отсутствовал(а) по уважительной причине, оп — опоздал(а)";

    public static byte[] Journal(JournalReportData data)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(JournalSheet);
        Title(sheet, "Отчет по классному журналу",
            $"Школа: {data.School}", $"Класс: {data.ClassName}", $"Предмет: {data.Subject}", $"Учебный период: {data.PeriodText}",
            $"Учитель: {data.Teacher}", $"Дата отчета: {CardCalendar.Format(data.MadeOn)}");
        var lessons = data.Lessons.Count;
        var averageColumn = 3 + lessons;
        Header(sheet, ["№", "Ученик", .. data.Lessons.Select(l => l.Header), "Средний балл", "Итоговая отметка"],
            [5, 45, .. data.Lessons.Select(_ => 8.0), 10, 11]);
        var row = HeaderRow + 1;
        for (var i = 0; i < data.Pupils.Count; i++, row++)
        {
            var pupil = data.Pupils[i];
            sheet.Cells[row, 1].Value = i + 1;
            sheet.Cells[row, 2].Value = pupil.DisplayName;
            for (var l = 0; l < lessons; l++)
                sheet.Cells[row, 3 + l].Value = pupil.Cells[l].Length == 0 ? null : pupil.Cells[l];
            Number(sheet.Cells[row, averageColumn], pupil.Average, "0.00");
            sheet.Cells[row, averageColumn + 1].Value = pupil.FinalMark;
            if (pupil.HasLeft)
                sheet.Cells[row, 1, row, averageColumn + 1].Style.Font.Color.SetColor(System.Drawing.Color.Gray);
        }
        sheet.Cells[row, 2].Value = "Средний балл класса";
        for (var l = 0; l < lessons; l++)
            Number(sheet.Cells[row, 3 + l], data.LessonAverages[l], "0.00");
        Number(sheet.Cells[row, averageColumn], data.ClassAverage, "0.00");
        sheet.Cells[row, 1, row, averageColumn + 1].Style.Font.Bold = true;
        sheet.Cells[HeaderRow + 1, 3, row, averageColumn + 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        Borders(sheet.Cells[HeaderRow, 1, row, averageColumn + 1]);
        sheet.Cells[row + 2, 1].Value = Legend;
        sheet.View.FreezePanes(HeaderRow + 1, 3);

        var list = package.Workbook.Worksheets.Add(LessonsSheet);
        Title(list, "Уроки",
            $"Школа: {data.School}", $"Класс: {data.ClassName}", $"Предмет: {data.Subject}", $"Учебный период: {data.PeriodText}",
            $"Учитель: {data.Teacher}", $"Дата отчета: {CardCalendar.Format(data.MadeOn)}");
        Header(list, ["№", "Дата", "Урок", "Группа", "Тема", "Вид работы", "Домашнее задание"], [5, 12, 6, 8, 50, 24, 50]);
        row = HeaderRow + 1;
        for (var i = 0; i < lessons; i++, row++)
        {
            var lesson = data.Lessons[i];
            list.Cells[row, 1].Value = i + 1;
            list.Cells[row, 2].Value = CardCalendar.Format(lesson.Date);
            list.Cells[row, 3].Value = lesson.Number;
            list.Cells[row, 4].Value = lesson.Group;
            list.Cells[row, 5].Value = lesson.Topic;
            list.Cells[row, 6].Value = lesson.WorkTypeName;
            list.Cells[row, 7].Value = lesson.HomeworkText.Length == 0 ? null : lesson.HomeworkText;
        }
        if (lessons > 0)
        {
            list.Cells[HeaderRow + 1, 5, row - 1, 7].Style.WrapText = true;
            list.Cells[HeaderRow + 1, 1, row - 1, 7].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
            Borders(list.Cells[HeaderRow, 1, row - 1, 7]);
        }
        list.View.FreezePanes(HeaderRow + 1, 1);
        return package.GetAsByteArray();
    }

    public static byte[] Attendance(AttendanceReportData data)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(AttendanceSheet);
        Title(sheet, "Отчет о посещаемости",
            $"Школа: {data.School}", $"Класс: {data.Scope}", $"Период: {data.RangeText}", $"Учтены уроки по: {CardCalendar.Format(data.CountedTo)}",
            $"Дата отчета: {CardCalendar.Format(data.MadeOn)}");
        Header(sheet, ["№", "Класс", "Ученик", "Уроков", "н", "б", "уп", "Пропущено всего", "оп", "Доля пропусков"],
            [5, 8, 45, 9, 7, 7, 7, 11, 7, 11]);
        var row = HeaderRow + 1;
        foreach (var block in data.Classes)
        {
            for (var i = 0; i < block.Pupils.Count; i++, row++)
            {
                var pupil = block.Pupils[i];
                sheet.Cells[row, 1].Value = i + 1;
                sheet.Cells[row, 2].Value = block.Name;
                sheet.Cells[row, 3].Value = pupil.DisplayName;
                Counts(sheet, row, pupil.Counts);
                if (pupil.HasLeft)
                    sheet.Cells[row, 1, row, 10].Style.Font.Color.SetColor(System.Drawing.Color.Gray);
            }
            sheet.Cells[row, 2].Value = block.Name;
            sheet.Cells[row, 3].Value = $"Итого по классу {block.Name}";
            Counts(sheet, row, block.Total);
            sheet.Cells[row, 1, row, 10].Style.Font.Bold = true;
            row++;
        }
        if (data.Classes.Count > 1)
        {
            sheet.Cells[row, 3].Value = "Итого по школе";
            Counts(sheet, row, data.Total);
            sheet.Cells[row, 1, row, 10].Style.Font.Bold = true;
            row++;
        }
        if (row > HeaderRow + 1)
        {
            sheet.Cells[HeaderRow + 1, 4, row - 1, 10].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
            Borders(sheet.Cells[HeaderRow, 1, row - 1, 10]);
        }
        sheet.Cells[row + 1, 1].Value = Legend + ". Пропуски — н, б и уп; опоздания в пропуски не входят.";
        sheet.View.FreezePanes(HeaderRow + 1, 4);
        return package.GetAsByteArray();
    }

    private static void Counts(ExcelWorksheet sheet, int row, AttendanceCounts counts)
    {
        object[] values = [counts.Lessons, counts.Absent, counts.Ill, counts.Excused, counts.Missed, counts.Late];
        for (var i = 0; i < values.Length; i++)
            sheet.Cells[row, 4 + i].Value = values[i];
        Number(sheet.Cells[row, 10], counts.MissedShare, "0.0%");
    }

    /// <summary>The sheet's title in bold 14 pt and the lines under it: the layout every report of the portal shares.</summary>
    internal static void Title(ExcelWorksheet sheet, string title, params string[] lines)
    {
        sheet.Cells[1, 1].Value = title;
        sheet.Cells[1, 1].Style.Font.Bold = true;
        sheet.Cells[1, 1].Style.Font.Size = 14;
        for (var i = 0; i < lines.Length; i++)
            sheet.Cells[2 + i, 1].Value = lines[i];
    }

    /// <summary>The column headers on <see cref="HeaderRow"/>, with the widths set by hand (no AutoFit: it needs GDI+).</summary>
    internal static void Header(ExcelWorksheet sheet, string[] titles, double[] widths)
    {
        for (var c = 0; c < titles.Length; c++)
        {
            var cell = sheet.Cells[HeaderRow, c + 1];
            cell.Value = titles[c];
            cell.Style.Font.Bold = true;
            cell.Style.WrapText = true;
            cell.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
            cell.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
            sheet.Column(c + 1).Width = widths[c];
        }
    }

    private static void Number(ExcelRange cell, decimal? value, string format)
    {
        if (value is null)
            return;
        cell.Value = value.Value;
        cell.Style.Numberformat.Format = format;
    }

    internal static void Borders(ExcelRange range)
    {
        range.Style.Border.Top.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Bottom.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Left.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Right.Style = ExcelBorderStyle.Thin;
    }
}
