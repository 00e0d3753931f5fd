using System.Globalization;
using OfficeOpenXml;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// The bank's payment register as an Excel file: the header row found by the column names (<see cref="PaymentRegisterColumns"/>)
/// among the first rows (banks put a title above it), then one payment a row. The upload is bounded before EPPlus sees it
/// (size, then <see cref="XlsxPackageGuard"/>), as every import of the portal is; and the export of the lines not applied.
/// </summary>
public static class PaymentRegisterWorkbook
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 10_000;

    /// <summary>How far down the header row is looked for.</summary>
    public const int HeaderSearchRows = 20;

    public const string MismatchesSheet = "Не зачтено";

    /// <returns>The rows read (each a line or its error), or the refusal of the whole file.</returns>
    public static (IReadOnlyList<PaymentRegisterRow> Rows, string? Refusal) Read(byte[]? file) =>
        XlsxUpload.ReadFirstSheet<PaymentRegisterRow>(file, MaxBytes, "реестр платежей банка", (sheet, dimension) =>
        {
            if (dimension.End.Row > MaxRows + HeaderSearchRows)
                return ([], $"В файле {dimension.End.Row} строк: за один раз загружается не больше {MaxRows} платежей.");
            var lastColumn = Math.Min(dimension.End.Column, 100);
            var (headerRow, columns) = FindHeader(sheet, dimension.End.Row, lastColumn);
            if (columns is null)
                return ([], PaymentRegisterColumns.Missing);
            if (dimension.End.Row - headerRow > MaxRows)
                return ([], $"В файле {dimension.End.Row - headerRow} строк платежей: за один раз загружается не больше {MaxRows}.");
            var rows = new List<PaymentRegisterRow>();
            for (var r = headerRow + 1; r <= dimension.End.Row; r++)
            {
                var voucher = Number(sheet.Cells[r, columns.Voucher + 1].Value);
                var amount = Amount(sheet.Cells[r, columns.Amount + 1].Value);
                var paidOn = Date(sheet.Cells[r, columns.PaidOn + 1].Value);
                var reference = Number(sheet.Cells[r, columns.Reference + 1].Value);
                if (voucher is null && amount is null && paidOn is null && reference is null)
                    continue;
                rows.Add(PaymentRegisterReading.Read(r, voucher, amount, paidOn, reference));
            }
            return rows.Count == 0 ? ([], "В реестре нет ни одной строки платежа под заголовком.") : (rows, null);
        });

    /// <summary>The lines not applied, with their reasons: for the bank or the parents to sort out.</summary>
    public static ReportFile Mismatches(PaymentPreview preview, DateOnly madeOn)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(MismatchesSheet);
        var lines = preview.Lines.Where(l => !l.WillApply).ToList();
        ReportWorkbook.Title(sheet, "Платежи реестра, которые не зачтены", $"Дата выгрузки: {CardCalendar.Format(madeOn)}",
            $"Не зачтено строк: {lines.Count}; строк с ошибками: {preview.RowErrors.Count}");
        ReportWorkbook.Header(sheet, ["Строка реестра", "Номер путевки", "Сумма", "Дата платежа", "Номер платежного документа", "Заявление", "Причина"],
            [10, 16, 14, 13, 22, 18, 80]);
        var row = ReportWorkbook.HeaderRow + 1;
        foreach (var line in lines)
        {
            sheet.Cells[row, 1].Value = line.Row;
            sheet.Cells[row, 2].Value = line.VoucherNumber;
            sheet.Cells[row, 3].Value = line.Amount;
            sheet.Cells[row, 3].Style.Numberformat.Format = "#,##0.00";
            sheet.Cells[row, 4].Value = CardCalendar.Format(line.PaidOn);
            sheet.Cells[row, 5].Value = SafeCell.Escape(line.Reference);
            sheet.Cells[row, 6].Value = line.ApplicationNumber;
            sheet.Cells[row, 7].Value = SafeCell.Escape(line.Message ?? "");
            row++;
        }
        foreach (var error in preview.RowErrors)
        {
            sheet.Cells[row, 7].Value = SafeCell.Escape(error);
            row++;
        }
        if (row > ReportWorkbook.HeaderRow + 1)
            ReportWorkbook.Borders(sheet.Cells[ReportWorkbook.HeaderRow, 1, row - 1, 7]);
        sheet.View.FreezePanes(ReportWorkbook.HeaderRow + 1, 1);
        return new ReportFile(ReportFile.SafeName($"Платежи не зачтены {CardCalendar.Format(madeOn)}.xlsx"), package.GetAsByteArray());
    }

    private static (int Row, PaymentRegisterColumns? Columns) FindHeader(ExcelWorksheet sheet, int lastRow, int lastColumn)
    {
        for (var r = 1; r <= Math.Min(lastRow, HeaderSearchRows); r++)
        {
            var cells = Enumerable.Range(1, lastColumn).Select(c => sheet.Cells[r, c].Value?.ToString()).ToList();
            if (PaymentRegisterColumns.Find(cells) is { } columns)
                return (r, columns);
        }
        return (0, null);
    }

    /// <summary>A voucher or document number: a number cell is written without a fraction or exponent.</summary>
    private static string? Number(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0", CultureInfo.InvariantCulture),
        _ => Blank(value.ToString()),
    };

    private static string? Amount(object? value) => value switch
    {
        null => null,
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        _ => Blank(value.ToString()),
    };

    /// <summary>A date cell (a date, or Excel's day number when the cell has no date format), or the text typed.</summary>
    private static string? Date(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when d is >= 1 and < 2_958_466 => DateTime.FromOADate(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Blank(value.ToString()),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
