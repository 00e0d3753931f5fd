using System.Diagnostics;
using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Uploads;
using Xunit.Abstractions;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Uploads;

/// <summary>The zip bomb of issue 13 and its variants, fed to the guard and to the batch-update reader behind it.</summary>
public sealed class XlsxPackageGuardTests(ITestOutputHelper output)
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public void A_megabyte_zip_bomb_is_refused_without_expanding_a_byte()
    {
        var bomb = ZipBombs.Bomb();
        Assert.InRange(bomb.Length, 500_000, 2_000_000);

        var (check, allocated) = Measure(() => XlsxPackageGuard.Inspect(bomb));

        Assert.True(check.IsRefused);
        Assert.Contains("после распаковки больше 100 МБ", check.Refusal);
        Assert.Equal(0, check.BytesRead);
        Assert.InRange(allocated, 0, HundredMegabytes);
    }

    [Fact]
    public void A_bomb_whose_headers_understate_its_size_is_refused_after_reading_only_the_declared_bytes()
    {
        var bomb = ZipBombs.Lying(declared: 1_000, forgeCrc: false);

        var (check, allocated) = Measure(() => XlsxPackageGuard.Inspect(bomb));

        Assert.Contains("не совпадает с размером или контрольной суммой", check.Refusal);
        Assert.InRange(check.BytesRead, 0, 64 * 1024);
        Assert.InRange(allocated, 0, HundredMegabytes);
    }

    [Fact]
    public void A_bomb_with_a_forged_checksum_reaches_the_excel_reader_only_as_the_bytes_the_guard_counted()
    {
        // Size and CRC both fit the first 1,000 zeros: the headers agree with what .NET reads, but EPPlus's own zip
        // reader would expand the whole gigabyte. The reader opens the guard's rebuilt package, so it sees 1,000 bytes.
        var bomb = ZipBombs.Lying(declared: 1_000, forgeCrc: true);

        var check = XlsxPackageGuard.Inspect(bomb);
        var (read, allocated) = Measure(() => BatchWorkbookReader.Read(bomb));

        Assert.InRange(check.BytesRead, 0, 64 * 1024);
        Assert.InRange(check.Package!.Length, 0, 64 * 1024);
        Assert.Equal(XlsxPackageGuard.NotAWorkbook, read.Error);
        Assert.InRange(allocated, 0, HundredMegabytes);
    }

    [Fact]
    public void A_part_compressed_a_thousand_times_is_refused_even_under_the_size_limits()
    {
        var squeezed = ZipBombs.Workbook(ZipBombs.SheetPart, 20L * 1024 * 1024);

        var check = XlsxPackageGuard.Inspect(squeezed);

        Assert.Contains("сжата более чем в 200 раз", check.Refusal);
        Assert.Equal(0, check.BytesRead);
    }

    [Fact]
    public void Too_many_parts_are_refused_before_they_are_listed()
    {
        var many = ZipBombs.Workbook(ZipBombs.SheetPart, 10, extraEntries: 5_000);

        var check = XlsxPackageGuard.Inspect(many);

        Assert.Equal("Файл не похож на книгу Excel: в архиве 5005 частей, а допустимо не больше 1000. Откройте книгу в Excel, сохраните заново и загрузите ещё раз.",
            check.Refusal);
    }

    [Fact]
    public void The_batch_update_reader_refuses_the_bomb_with_the_guards_message()
    {
        // Opened by EPPlus 4.5.3.3 directly, this bomb allocates about 2 GB and takes 15 s of a core.
        var bomb = ZipBombs.Bomb();
        var (read, allocated) = Measure(() => BatchWorkbookReader.Read(bomb));

        Assert.Null(read.Sheet);
        Assert.Contains("Разбейте файл по классам или параллелям", read.Error);
        Assert.InRange(allocated, 0, HundredMegabytes);
    }

    [Fact]
    public void A_normal_workbook_passes_and_reads_as_it_was_written()
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(BatchWorkbookReader.SheetName);
        sheet.Cells[1, 1].Value = "Ключ ученика";
        sheet.Cells[1, 2].Value = "Фамилия";
        for (var r = 2; r <= 3_001; r++)
        {
            sheet.Cells[r, 1].Value = "У-1-" + r;
            sheet.Cells[r, 2].Value = "Иванов";
        }
        var file = package.GetAsByteArray();

        var check = XlsxPackageGuard.Inspect(file);
        var read = BatchWorkbookReader.Read(file);

        Assert.False(check.IsRefused);
        Assert.True(check.BytesRead > file.Length);
        Assert.Null(read.Error);
        Assert.Equal(3_000, read.Sheet!.Rows.Count);
    }

    private (T Result, long Allocated) Measure<T>(Func<T> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = action();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{clock.ElapsedMilliseconds} ms, {allocated / 1024} KB allocated");
        return (result, allocated);
    }
}
