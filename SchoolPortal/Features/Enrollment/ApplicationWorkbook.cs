using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Заявления» as an Excel file (EPPlus 4.5): Russian headers, dates as dd.MM.yyyy, every text cell escaped as the batch
/// export does (<see cref="SafeCell"/>), column widths set by hand (AutoFit needs GDI+).
/// </summary>
public static class ApplicationWorkbook
{
    public const string Sheet = "Заявления";

    public static readonly string[] Headers =
    [
        "№ п/п", "Номер заявления", "Номер на ЕПГУ", "Дата подачи", "Вид", "Способ подачи", "Статус", "ФИО ребёнка", "Дата рождения",
        "Документ ребёнка", "Право на приём", "Закреплённая территория", "Этап", "Школа",
    ];

    private static readonly double[] Widths = [7, 20, 16, 12, 10, 20, 24, 36, 13, 22, 26, 14, 26, 30];

    public static byte[] Build(IReadOnlyList<ApplicationRow> rows, DateOnly madeOn)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(Sheet);
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cells[1, c + 1].Value = Headers[c];
            sheet.Column(c + 1).Width = Widths[c];
        }
        sheet.Cells[1, 1, 1, Headers.Length].Style.Font.Bold = true;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var line = i + 2;
            sheet.Cells[line, 1].Value = i + 1;
            string?[] texts =
            [
                r.Number, r.EpguOrderId?.ToString(RussianFormat.Culture), CardCalendar.Format(r.FiledOn), r.KindName, r.ChannelName, r.StatusName,
                r.ChildName, CardCalendar.Format(r.ChildBirthDate), r.ChildDocument, r.RightName, r.LivesOnTerritory ? "да" : "нет",
                r.Stage is { } stage ? Domain.Enrollment.EnrollmentNames.Name(stage) : null, r.SchoolName,
            ];
            for (var c = 0; c < texts.Length; c++)
            {
                if (!string.IsNullOrEmpty(texts[c]))
                    sheet.Cells[line, c + 2].Value = SafeCell.Escape(texts[c]!);
            }
        }
        // Numbers and dates stay text: Excel must not turn an EPGU number into 1,23E+09.
        if (rows.Count > 0)
            sheet.Cells[2, 2, rows.Count + 1, Headers.Length].Style.Numberformat.Format = "@";
        sheet.Cells[rows.Count + 3, 1].Value = $"Выгружено {CardCalendar.Format(madeOn)}, заявлений: {rows.Count}";
        sheet.View.FreezePanes(2, 1);
        return package.GetAsByteArray();
    }
}
