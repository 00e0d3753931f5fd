using OfficeOpenXml;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>
/// The first checks of every uploaded Excel workbook, before EPPlus sees a byte: not empty, not over the size, a zip at
/// all («PK»), and the package bounded by <see cref="XlsxPackageGuard"/> (entries, expanded size, ratios).
/// </summary>
public static class XlsxUpload
{
    /// <param name="what">What the user should choose, for the messages: «реестр платежей банка».</param>
    /// <returns>The package to open, or the refusal in Russian.</returns>
    public static ArchiveCheck Check(byte[]? file, int maxBytes, string what)
    {
        if (file is null || file.Length == 0)
            return ArchiveCheck.Refused($"Файл пустой. Выберите {what} — книгу Excel (.xlsx).", 0);
        if (file.Length > maxBytes)
            return ArchiveCheck.Refused($"Файл больше {maxBytes / 1024 / 1024} МБ. Разбейте его на несколько файлов.", 0);
        if (file.Length < 4 || file[0] != (byte)'P' || file[1] != (byte)'K')
            return ArchiveCheck.Refused("Это не книга Excel (.xlsx): сохраните файл как «Книга Excel (.xlsx)» и загрузите ещё раз.", 0);
        return XlsxPackageGuard.Inspect(file);
    }

    /// <summary>
    /// Opens an uploaded workbook that passed <see cref="Check"/> and hands its first sheet, with the range in use, to
    /// <paramref name="read"/>. A workbook without sheets, an empty first sheet or a file EPPlus cannot read is refused
    /// in Russian; nothing of a half-read file is returned.
    /// </summary>
    public static (IReadOnlyList<T> Rows, string? Refusal) ReadFirstSheet<T>(byte[]? file, int maxBytes, string what,
        Func<ExcelWorksheet, ExcelAddressBase, (IReadOnlyList<T> Rows, string? Refusal)> read)
    {
        var check = Check(file, maxBytes, what);
        if (check.Refusal is { } refusal)
            return ([], refusal);
        try
        {
            var package = Workbooks.Open(check.Package!);
            if (package.Workbook.Worksheets.Count == 0)
                return ([], "В книге нет листов.");
            var sheet = package.Workbook.Worksheets.First();
            if (sheet.Dimension is not { } dimension)
                return ([], $"Лист «{sheet.Name}» пустой.");
            return read(sheet, dimension);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ([], XlsxPackageGuard.NotAWorkbook);
        }
    }
}
