using System.Buffers.Binary;
using System.IO.Compression;

namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>
/// Checks an uploaded .xlsx (a zip package) before the Excel reader sees it: EPPlus expands every part in memory, so a
/// megabyte-sized zip bomb would take gigabytes and minutes of a core. The guard counts entries in the archive's end
/// record before listing them, checks the declared sizes and ratios, then reads every part through a counting loop that
/// stops at the limits, whatever the headers say. Headers can lie (.NET's reader stops at the declared size, EPPlus's
/// own zip reader does not), so the guard hands back a package rebuilt from exactly the bytes it read: the Excel reader
/// opens that, never the upload itself.
/// </summary>
public static class XlsxPackageGuard
{
    public const string NotAWorkbook = "Файл повреждён или не является книгой Excel (.xlsx): откройте его в Excel, сохраните заново и загрузите ещё раз.";

    private const int EndRecordSize = 22;
    private const uint EndRecordSignature = 0x06054b50;
    private const int BufferSize = 64 * 1024;

    public static ArchiveCheck Inspect(byte[] file, ArchiveLimits? limits = null)
    {
        limits ??= ArchiveLimits.Workbook;
        if (DeclaredEntryCount(file) is not { } count)
            return ArchiveCheck.Refused(NotAWorkbook, 0);
        if (count > limits.MaxEntries)
            return TooManyEntries(count, limits);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries)
                return TooManyEntries(entries.Count, limits);
            if (DeclaredProblem(entries, limits) is { } declared)
                return ArchiveCheck.Refused(declared, 0);
            return Rebuild(entries, limits);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return ArchiveCheck.Refused(NotAWorkbook, 0);
        }
    }

    /// <summary>The sizes the archive's central directory declares, checked before a byte is expanded.</summary>
    private static string? DeclaredProblem(IReadOnlyCollection<ZipArchiveEntry> entries, ArchiveLimits limits)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > limits.MaxEntryBytes)
                return TooBig(entry.FullName, limits.MaxEntryBytes);
            total += entry.Length;
            if (total > limits.MaxTotalBytes)
                return TooBigInTotal(limits);
            if (TooCompressed(entry.Length, entry.CompressedLength, limits))
                return Compressed(entry.FullName, limits);
        }
        return null;
    }

    private static ArchiveCheck Rebuild(IReadOnlyCollection<ZipArchiveEntry> entries, ArchiveLimits limits)
    {
        var buffer = new byte[BufferSize];
        long total = 0;
        using var output = new MemoryStream();
        using (var rebuilt = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = rebuilt.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                long read = 0;
                var crc = new Crc32();
                using (var source = entry.Open())
                using (var target = copy.Open())
                {
                    int n;
                    while ((n = source.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        read += n;
                        total += n;
                        if (read > limits.MaxEntryBytes)
                            return ArchiveCheck.Refused(TooBig(entry.FullName, limits.MaxEntryBytes), total);
                        if (total > limits.MaxTotalBytes)
                            return ArchiveCheck.Refused(TooBigInTotal(limits), total);
                        if (TooCompressed(read, entry.CompressedLength, limits))
                            return ArchiveCheck.Refused(Compressed(entry.FullName, limits), total);
                        crc.Append(buffer.AsSpan(0, n));
                        target.Write(buffer, 0, n);
                    }
                }
                if (read != entry.Length || crc.Value != entry.Crc32)
                    return ArchiveCheck.Refused(
                        $"Файл повреждён: часть «{Shown(entry.FullName)}» не совпадает с размером или контрольной суммой в заголовке архива. Откройте книгу в Excel, сохраните заново и загрузите ещё раз.",
                        total);
            }
        }
        return new ArchiveCheck(output.ToArray(), null, total);
    }

    /// <summary>The entry count of the zip's end record, read before .NET lists (and allocates) the entries; null when there is no end record.</summary>
    private static int? DeclaredEntryCount(byte[] file)
    {
        var lowest = Math.Max(0, file.Length - EndRecordSize - ushort.MaxValue);
        for (var at = file.Length - EndRecordSize; at >= lowest; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(at)) == EndRecordSignature)
                return BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at + 10));
        }
        return null;
    }

    private static bool TooCompressed(long uncompressed, long compressed, ArchiveLimits limits) =>
        uncompressed > limits.RatioFreeBytes && uncompressed > limits.MaxCompressionRatio * Math.Max(1, compressed);

    private static ArchiveCheck TooManyEntries(int count, ArchiveLimits limits) => ArchiveCheck.Refused(
        $"Файл не похож на книгу Excel: в архиве {count} частей, а допустимо не больше {limits.MaxEntries}. Откройте книгу в Excel, сохраните заново и загрузите ещё раз.", 0);

    private static string TooBig(string name, long max) =>
        $"Часть «{Shown(name)}» файла после распаковки больше {Megabytes(max)} МБ: это слишком много для одной загрузки. Разбейте файл по классам или параллелям.";

    private static string TooBigInTotal(ArchiveLimits limits) =>
        $"Файл после распаковки больше {Megabytes(limits.MaxTotalBytes)} МБ: это слишком много для одной загрузки. Разбейте файл по классам или параллелям.";

    private static string Compressed(string name, ArchiveLimits limits) =>
        $"Часть «{Shown(name)}» файла сжата более чем в {limits.MaxCompressionRatio} раз: так сжимаются не таблицы, а «zip-бомбы». Файл не принят; откройте книгу в Excel, сохраните заново и загрузите ещё раз.";

    private static long Megabytes(long bytes) => bytes / 1024 / 1024;

    private static string Shown(string name) => name.Length <= 60 ? name : name[..60] + "…";
}
