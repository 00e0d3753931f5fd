using System.Globalization;
using OfficeOpenXml;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// Reads an uploaded batch-update workbook into text cells. Every way a file can be wrong ends in a Russian message,
/// never an exception: columns are found by header (reordered is fine, renamed is refused), other sheets are ignored,
/// formulas give their cached value, dates may be real dates, serial numbers or dd.MM.yyyy text. EPPlus opens only the
/// package <see cref="XlsxPackageGuard"/> rebuilt after counting what it expands to, never the upload itself.
/// </summary>
public static class BatchWorkbookReader
{
    public const string SheetName = "Ученики";
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 10_000;
    public const int MaxCellLength = 2_000;
    private const int MaxColumns = 300;

    public static BatchReadResult Read(byte[]? file)
    {
        if (file is null || file.Length == 0)
            return BatchReadResult.Refused("Файл пустой. Выберите книгу Excel (.xlsx), полученную выгрузкой «1. Выгрузка данных».");
        if (file.Length > MaxBytes)
            return BatchReadResult.Refused($"Файл больше {MaxBytes / 1024 / 1024} МБ. Загрузите файл меньшего размера (разбейте его по классам).");
        if (file.Length >= 4 && file[0] == 0xD0 && file[1] == 0xCF && file[2] == 0x11 && file[3] == 0xE0)
            return BatchReadResult.Refused("Файл защищён паролем или сохранён в старом формате Excel 97–2003 (.xls). Снимите пароль и сохраните его как «Книга Excel (.xlsx)».");
        if (file.Length < 4 || file[0] != (byte)'P' || file[1] != (byte)'K')
            return BatchReadResult.Refused("Это не книга Excel (.xlsx). Загрузите файл, полученный выгрузкой «1. Выгрузка данных», после правки в Excel.");
        var check = XlsxPackageGuard.Inspect(file);
        if (check.Refusal is { } refusal)
            return BatchReadResult.Refused(refusal);
        try
        {
            var package = Workbooks.Open(check.Package!);
            return ReadPackage(package);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return BatchReadResult.Refused("Файл повреждён или не является книгой Excel (.xlsx): откройте его в Excel, сохраните заново и загрузите ещё раз.");
        }
    }

    private static BatchReadResult ReadPackage(ExcelPackage package)
    {
        var sheets = package.Workbook.Worksheets;
        if (sheets.Count == 0)
            return BatchReadResult.Refused("В книге нет листов.");
        var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Trim(), SheetName, StringComparison.OrdinalIgnoreCase)) ?? sheets.First();
        var dimension = sheet.Dimension;
        if (dimension is null)
            return BatchReadResult.Refused($"Лист «{sheet.Name}» пустой: нет ни заголовков, ни строк.");
        if (dimension.End.Column > MaxColumns)
            return BatchReadResult.Refused($"На листе «{sheet.Name}» {dimension.End.Column} столбцов; в выгрузке их не больше {MaxColumns}. Загрузите файл выгрузки.");
        if (dimension.End.Row - 1 > MaxRows)
            return BatchReadResult.Refused(
                $"На листе «{sheet.Name}» {Count(dimension.End.Row - 1)} строк; за один раз можно загрузить не больше {Count(MaxRows)}. Разбейте файл по классам или параллелям.");

        var (columns, headerError) = Headers(sheet, dimension.End.Column);
        if (headerError is not null)
            return BatchReadResult.Refused(headerError);

        var bySheetColumn = new int[dimension.End.Column + 1];
        Array.Fill(bySheetColumn, -1);
        for (var i = 0; i < columns.Count; i++)
            bySheetColumn[columns[i].SheetColumn] = i;
        var cells = new Dictionary<int, string?[]>();
        var errors = new List<RowError>();
        if (dimension.End.Row >= 2)
        {
            foreach (var cell in sheet.Cells[2, 1, dimension.End.Row, dimension.End.Column])
            {
                var column = cell.Start.Column;
                var index = bySheetColumn[column];
                if (index < 0)
                    continue;
                var row = cell.Start.Row;
                var (text, error) = Text(cell.Value, columns[index].Field, cell.Value is null ? cell.Formula : null);
                if (error is not null)
                    errors.Add(new RowError(row, columns[index].Header, error));
                if (text is null)
                    continue;
                if (!cells.TryGetValue(row, out var values))
                    cells[row] = values = new string?[columns.Count];
                values[index] = text;
            }
        }
        var rows = cells.OrderBy(c => c.Key).Select(c => new BatchSheetRow(c.Key, c.Value)).ToList();
        if (rows.Count == 0 && errors.Count == 0)
            return BatchReadResult.Refused("В файле нет ни одной строки с данными под заголовками.");
        return new BatchReadResult(new BatchSheet(columns, rows, errors), null);
    }

    private static (List<BatchColumn> Columns, string? Error) Headers(ExcelWorksheet sheet, int lastColumn)
    {
        var known = new Dictionary<string, (int? Group, BatchField Field, string Header)>();
        foreach (var field in BatchFields.Pupil)
            known[BatchFields.NormaliseHeader(field.Header)] = (null, field, field.Header);
        for (var group = 1; group <= BatchFields.MaxParentGroups; group++)
        {
            foreach (var field in BatchFields.Parent)
            {
                var header = BatchFields.ParentHeader(group, field);
                known[BatchFields.NormaliseHeader(header)] = (group, field, header);
            }
        }
        var columns = new List<BatchColumn>();
        var problems = new List<string>();
        var seen = new HashSet<string>();
        for (var c = 1; c <= lastColumn; c++)
        {
            var raw = sheet.Cells[1, c].Value;
            var text = raw is null ? "" : Convert.ToString(raw, CultureInfo.InvariantCulture)?.Trim() ?? "";
            if (text.Length == 0)
                continue;
            var shown = text.Length > 60 ? text[..60] + "…" : text;
            var normalised = BatchFields.NormaliseHeader(text);
            if (!known.TryGetValue(normalised, out var match))
            {
                problems.Add($"столбец {ColumnName(c)} «{shown}» не распознан (переименован?)");
                continue;
            }
            if (!seen.Add(normalised))
            {
                problems.Add($"столбец «{match.Header}» повторяется (второй раз — {ColumnName(c)})");
                continue;
            }
            columns.Add(new BatchColumn(c, match.Group, match.Field, match.Header));
        }
        if (!columns.Any(c => c.ParentGroup is null && c.Field.IsKey))
            problems.Insert(0, "нет столбца «Ключ ученика»: по нему находятся записи");
        foreach (var group in columns.Where(c => c.ParentGroup is not null).Select(c => c.ParentGroup!.Value).Distinct())
        {
            if (!columns.Any(c => c.ParentGroup == group && c.Field.IsKey))
                problems.Add($"нет столбца «{BatchFields.ParentHeader(group, BatchFields.Parent[0])}»");
            if (!columns.Any(c => c.ParentGroup == group && c.Field.Id == BatchFields.Relation))
                problems.Add($"нет столбца «{BatchFields.ParentHeader(group, BatchFields.ParentField(BatchFields.Relation))}»");
        }
        if (problems.Count == 0)
            return (columns, null);
        var listed = string.Join("; ", problems.Take(10)) + (problems.Count > 10 ? $"; и ещё {problems.Count - 10}" : "");
        return (columns, $"Заголовки листа «{sheet.Name}» не совпадают с выгрузкой: {listed}. Верните названия столбцов из выгрузки (порядок столбцов значения не имеет).");
    }

    /// <summary>The cell as the text the planner compares; an error for what cannot be a value.</summary>
    internal static (string? Text, string? Error) Text(object? value, BatchField field, string? formula)
    {
        switch (value)
        {
            case null:
                return string.IsNullOrEmpty(formula)
                    ? (null, null)
                    : (null, "ячейка содержит формулу без вычисленного значения: замените формулу значением");
            case string s:
                var text = SafeCell.Unescape(s.Trim());
                if (text.Length > MaxCellLength)
                    return (null, $"слишком длинное значение ({Count(text.Length)} символов, допустимо до {Count(MaxCellLength)})");
                return (text.Length == 0 ? null : text, null);
            case DateTime d:
                return (d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), null);
            case bool b:
                return (null, $"логическое значение {(b ? "ИСТИНА" : "ЛОЖЬ")} вместо {(field.Kind == BatchFieldKind.Date ? "даты" : "текста")}: впишите значение");
            case ExcelErrorValue e:
                return (null, $"ячейка содержит ошибку «{e}»: исправьте значение");
            case double or float or decimal or int or long or short or byte:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (field.Kind == BatchFieldKind.Date)
                {
                    if (number is < 1 or > 2_958_465)
                        return (null, "число вместо даты: укажите дату в виде ДД.ММ.ГГГГ");
                    return (DateTime.FromOADate(number).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), null);
                }
                if (field.Kind == BatchFieldKind.Digits && number >= 0 && number == Math.Floor(number) && number < 1e15)
                    return (((long)number).ToString(CultureInfo.InvariantCulture).PadLeft(field.PadDigits, '0'), null);
                return (number.ToString("0.##########", CultureInfo.InvariantCulture), null);
            default:
                var other = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim();
                return (string.IsNullOrEmpty(other) ? null : other, null);
        }
    }

    /// <summary>«50 000»: thousands apart with a plain space, whatever the server's culture data gives.</summary>
    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
            name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
