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
}
