using OfficeOpenXml;
using OfficeOpenXml.Style;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>
/// The ГИР ВУ error files, laid out like the portal's reports (<see cref="ReportWorkbook"/>: title block, headers on row
/// <see cref="ReportWorkbook.HeaderRow"/>). The pupils' file has one row per error, our checks and the resource's rejections
/// together, so a school can filter it by field in Excel. EPPlus 4.5: widths set by hand, no AutoFitColumns.
/// </summary>
public static class GirVuWorkbook
{
    public const string SchoolsSheet = "Организации";
    public const string PupilsSheet = "Школьники";

    public static byte[] Schools(GirVuWorkbookTitle title, IReadOnlyList<GirVuSchoolRow> schools)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(SchoolsSheet);
        Title(sheet, "Отчет ГИР ВУ по организациям", title,
            $"Организаций: {N(schools.Count)}; учеников в выборке: {N(schools.Sum(s => s.Selected))}; не прошли проверку портала: {N(schools.Sum(s => s.Invalid))}; " +
            $"отклонены ГИР ВУ: {N(schools.Sum(s => s.Rejected))}; исправлено с тех пор: {N(schools.Sum(s => s.Fixed))}");
        ReportWorkbook.Header(sheet, ["№", "Муниципалитет", "Организация", "ИНН", "ОГРН", "Пакет", "В выборке", "Отправлено", "Без изменений",
            "Не прошли проверку портала", "Приняты ГИР ВУ", "Отклонены ГИР ВУ", "Исправлено с тех пор", "Ответ получен", "Ошибка передачи"],
            [5, 28, 40, 13, 16, 22, 10, 11, 11, 13, 11, 11, 12, 17, 50]);
        var row = ReportWorkbook.HeaderRow + 1;
        for (var i = 0; i < schools.Count; i++, row++)
        {
            var school = schools[i];
            object?[] values = [i + 1, school.Municipality, school.School, school.Inn, school.Ogrn, school.StateText, school.Selected, school.Sent,
                school.Unchanged, school.Invalid, school.Accepted, school.Rejected, school.Fixed,
                school.AnsweredAt is { } at ? CardCalendar.Format(at) : null, school.Error];
            for (var c = 0; c < values.Length; c++)
                sheet.Cells[row, c + 1].Value = values[c];
        }
        Finish(sheet, row, 15, wrapFrom: 15, emptyText: "Нет организаций по выбранному отбору.");
        return package.GetAsByteArray();
    }

    public static byte[] Pupils(GirVuWorkbookTitle title, IReadOnlyList<GirVuPupilRow> pupils)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(PupilsSheet);
        var withErrors = pupils.Count(p => p.Errors.Count > 0);
        Title(sheet, "Отчет ГИР ВУ по школьникам", title,
            $"Школьников: {N(pupils.Count)}; с ошибками: {N(withErrors)}; исправлено с тех пор: {N(pupils.Count(p => p.Fix == GirVuFix.Fixed))}");
        ReportWorkbook.Header(sheet, ["№", "Муниципалитет", "Организация", "Класс", "Ученик", "Дата рождения", "Итог", "Кто нашёл ошибку", "Поле",
            "Код ошибки", "Ошибка", "Исправлено"],
            [6, 24, 32, 7, 34, 12, 24, 17, 18, 20, 70, 16]);
        var row = ReportWorkbook.HeaderRow + 1;
        for (var i = 0; i < pupils.Count; i++)
        {
            var pupil = pupils[i];
            IReadOnlyList<GirVuError?> errors = pupil.Errors.Count > 0 ? [.. pupil.Errors] : [null];
            foreach (var error in errors)
            {
                object?[] values = [i + 1, pupil.Municipality, pupil.School, pupil.ClassName, pupil.FullName, CardCalendar.Format(pupil.BirthDate),
                    pupil.StatusText, error is null ? null : GirVuTexts.Source(pupil.Status), error is null ? null : GirVuFields.Label(error.Field),
                    error?.Code, error?.Text, pupil.FixText.Length == 0 ? null : pupil.FixText];
                for (var c = 0; c < values.Length; c++)
                    sheet.Cells[row, c + 1].Value = values[c];
                if (pupil.Fix == GirVuFix.Fixed)
                    sheet.Cells[row, 1, row, 12].Style.Font.Color.SetColor(System.Drawing.Color.Gray);
                row++;
            }
        }
        Finish(sheet, row, 12, wrapFrom: 11, emptyText: "Нет школьников по выбранному отбору.");
        return package.GetAsByteArray();
    }

    /// <summary>A count inside a line of text: «1 234», as Russian readers write it (the cells with numbers stay numbers).</summary>
    private static string N(int count) => Infrastructure.RussianFormat.Number(count);

    private static void Title(ExcelWorksheet sheet, string name, GirVuWorkbookTitle title, string totals) =>
        ReportWorkbook.Title(sheet, name, $"Выгрузка: {title.Run}", $"Охват: {title.Scope}", $"Отбор: {title.Filter}", $"Дата отчета: {title.MadeOn}", totals);

    private static void Finish(ExcelWorksheet sheet, int row, int columns, int wrapFrom, string emptyText)
    {
        if (row > ReportWorkbook.HeaderRow + 1)
        {
            sheet.Cells[ReportWorkbook.HeaderRow + 1, wrapFrom, row - 1, columns].Style.WrapText = true;
            sheet.Cells[ReportWorkbook.HeaderRow + 1, 1, row - 1, columns].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
            ReportWorkbook.Borders(sheet.Cells[ReportWorkbook.HeaderRow, 1, row - 1, columns]);
        }
        else
        {
            sheet.Cells[row, 1].Value = emptyText;
        }
        sheet.View.FreezePanes(ReportWorkbook.HeaderRow + 1, 4);
    }
}
