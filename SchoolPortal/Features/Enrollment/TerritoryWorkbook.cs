using OfficeOpenXml;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The territory file: one sheet, a header row, then «Населённый пункт», «Улица», «Дома» (все, чётные, нечётные), «С дома»,
/// «По дом». The upload is bounded before EPPlus sees it (size, then <see cref="XlsxPackageGuard"/>), as the batch update's is.
/// </summary>
public static class TerritoryWorkbook
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;

    public static readonly string[] Headers = ["Населённый пункт", "Улица", "Дома (все, чётные, нечётные)", "С дома", "По дом"];

    /// <returns>The rows with their errors, or the refusal of the whole file.</returns>
    public static (IReadOnlyList<TerritoryImportRow> Rows, string? Refusal) Read(byte[]? file) =>
        XlsxUpload.ReadFirstSheet<TerritoryImportRow>(file, MaxBytes, "список улиц и домов", (sheet, dimension) =>
        {
            if (dimension.End.Row - 1 > MaxRows)
                return ([], $"В файле {dimension.End.Row - 1} строк: за один раз загружается не больше {MaxRows}.");
            var rows = new List<TerritoryImportRow>();
            for (var r = 2; r <= dimension.End.Row; r++)
            {
                var cells = Enumerable.Range(1, 5).Select(c => Text(sheet.Cells[r, c].Value)).ToArray();
                if (cells.All(c => c is null))
                    continue;
                rows.Add(Parse(r, cells));
            }
            return rows.Count == 0 ? ([], "В файле нет ни одной строки под заголовком.") : (rows, null);
        });

    /// <summary>An empty file with the headers, to fill in.</summary>
    public static byte[] Template()
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add("Территория");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cells[1, c + 1].Value = Headers[c];
            sheet.Column(c + 1).Width = c < 2 ? 30 : 16;
        }
        sheet.Cells[1, 1, 1, Headers.Length].Style.Font.Bold = true;
        return package.GetAsByteArray();
    }

    internal static TerritoryImportRow Parse(int rowNumber, string?[] cells)
    {
        var (settlement, street, parityText, fromText, toText) = (cells[0], cells[1], cells[2], cells[3], cells[4]);
        try
        {
            var parity = (parityText ?? "все").Trim().ToLowerInvariant().Replace('ё', 'е') switch
            {
                "" or "все" or "всe" or "весь" => HouseParity.All,
                "четные" or "чет" or "чет." => HouseParity.Even,
                "нечетные" or "нечет" or "нечет." => HouseParity.Odd,
                _ => throw new DomainException($"«Дома»: «{parityText}» — укажите «все», «чётные» или «нечётные».", "parity"),
            };
            var from = Number(fromText, "С дома");
            var to = Number(toText, "По дом");
            // The domain checks the names and the range exactly as a typed line.
            var line = new TerritoryLine(1, settlement, street, HouseRange.Create(parity, from, to));
            return new TerritoryImportRow(rowNumber, line.Settlement, line.Street, parity, from, to, null);
        }
        catch (DomainException e)
        {
            return new TerritoryImportRow(rowNumber, settlement, street, HouseParity.All, null, null, e.Message);
        }
    }

    private static int? Number(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return int.TryParse(text.Trim(), out var n) && n > 0
            ? n
            : throw new DomainException($"«{label}»: номер дома — целое число, введено «{text}».", "houses");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.IsNullOrWhiteSpace(value.ToString()) ? null : SafeCell.Unescape(value.ToString()!.Trim()),
    };
}
