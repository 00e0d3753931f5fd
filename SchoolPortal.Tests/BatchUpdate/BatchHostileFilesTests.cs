using SchoolPortal.Tests.TestKit;
using System.IO.Compression;
using System.Text;
using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>Damaged and hostile files fed to the update: each gets a Russian message, none crashes, none writes anything.</summary>
[StartsEarly(6)]
public sealed class BatchHostileFilesTests : IDisposable
{
    private readonly BatchFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Two_hundred_damaged_or_hostile_files_each_get_a_message_and_write_nothing()
    {
        var exported = await _f.ExportAsync(_f.Region.Admin1);
        var files = Hostile(exported).ToList();
        Assert.True(files.Count >= 200, $"only {files.Count} files");
        var before = await _f.SnapshotAsync();
        var service = _f.Update(_f.Region.Admin1);
        var silent = new List<string>();

        foreach (var (name, file) in files)
        {
            var preview = await service.PreviewAsync(name, file);
            var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan?.Fingerprint ?? "");
            var message = preview.FileError ?? preview.Plan?.Errors.FirstOrDefault()?.Message ?? preview.Notice;
            if (string.IsNullOrWhiteSpace(message) || preview.CanApply || applied.Applied || !IsRussian(message) || !IsRussian(applied.Message))
                silent.Add(name);
        }

        Assert.Empty(silent);
        Assert.Equal(before, await _f.SnapshotAsync());
    }

    [Fact]
    public void Fifty_thousand_rows_are_refused_with_the_limit()
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(BatchWorkbookReader.SheetName);
        sheet.Cells[1, 1].Value = "Ключ ученика";
        sheet.Cells[1, 2].Value = "Фамилия";
        for (var r = 2; r <= 50_001; r++)
        {
            sheet.Cells[r, 1].Value = "У-1-" + r;
            sheet.Cells[r, 2].Value = "Иванов";
        }

        var read = BatchWorkbookReader.Read(package.GetAsByteArray());

        Assert.Equal("На листе «Ученики» 50 000 строк; за один раз можно загрузить не больше 10 000. Разбейте файл по классам или параллелям.", read.Error);
    }

    [Fact]
    public void A_formula_without_a_cached_value_is_refused_at_its_cell_and_one_with_a_value_is_read()
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add(BatchWorkbookReader.SheetName);
        sheet.Cells[1, 1].Value = "Ключ ученика";
        sheet.Cells[1, 2].Value = "Комментарий";
        sheet.Cells[1, 3].Value = "Фамилия";
        sheet.Cells[2, 1].Value = "У-1-1-AAAA";
        sheet.Cells[2, 2].Formula = "CONCATENATE(\"a\",\"b\")";
        sheet.Cells[2, 3].Formula = "\"Иванов\"";
        sheet.Cells[2, 3].Calculate();

        var read = BatchWorkbookReader.Read(package.GetAsByteArray());

        var error = Assert.Single(read.Sheet!.CellErrors);
        Assert.Equal(("Комментарий", 2), (error.Column, error.Row));
        Assert.Contains("формулу без вычисленного значения", error.Message);
        Assert.Equal("Иванов", read.Sheet.Rows[0].Cells[read.Sheet.IndexOf(null, BatchFields.Surname)]);
    }

    private static bool IsRussian(string text) => text.Any(c => c is >= 'А' and <= 'я');

    private IEnumerable<(string Name, byte[] File)> Hostile(byte[] exported)
    {
        var random = new Random(20261128);
        // Truncated zips: the export cut anywhere.
        for (var i = 1; i <= 40; i++)
            yield return ($"обрезан-{i}", exported[..(exported.Length * i / 41)]);
        // Random bytes, some dressed as a zip.
        for (var i = 0; i < 30; i++)
        {
            var bytes = new byte[random.Next(1, 5000)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length > 4)
                "PK\u0003\u0004"u8.CopyTo(bytes);
            yield return ($"случайные-{i}", bytes);
        }
        // An encrypted workbook or an old .xls: an OLE compound file.
        for (var i = 0; i < 10; i++)
        {
            var bytes = new byte[512 * (i + 1)];
            random.NextBytes(bytes);
            new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
            yield return ($"зашифрован-{i}", bytes);
        }
        yield return ("пустой", []);
        yield return ("один-байт", [0x50]);
        yield return ("PK", "PK"u8.ToArray());
        // Other formats renamed to .xlsx.
        string[] texts =
        [
            "Ключ ученика;Фамилия\nУ-1-1-AA;Иванов", "<html><body>Ученики</body></html>", "%PDF-1.4 ...", "{\"pupils\":[]}",
            "=HYPERLINK(\"http://evil\",\"x\")", "<?xml version=\"1.0\"?><Workbook/>", "\uFEFFФамилия,Имя\nИванов,Пётр",
        ];
        foreach (var text in texts)
            yield return ($"текст-{text.Length}", Encoding.UTF8.GetBytes(text));
        // Zips that are not workbooks.
        for (var i = 0; i < 10; i++)
            yield return ($"zip-{i}", Zip($"file{i}.txt", new string('x', i * 100)));
        // A workbook with no sheets' data, or headers only.
        yield return ("без-строк", BatchFixture.Workbook(["Ключ ученика", "Фамилия"], []));
        yield return ("пустой-лист", BatchFixture.Workbook([], []));
        // Renamed columns.
        foreach (var header in new[] { "Ключ", "Фамилия ученика", "ФИО", "Дата рожд.", "СНИЛС ученика", "Класс ученика", "Родитель 7: Фамилия",
                     "Родитель 1: Фамилия", "=1+1", "Column1", "Ключ ученика " + new string('я', 5000) })
            yield return ($"заголовок-{header.Length}", BatchFixture.Workbook(["Ключ ученика", header], [["У-1-1-AA", "x"]]));
        yield return ("без-ключа", BatchFixture.Workbook(["Фамилия", "Имя"], [["Иванов", "Пётр"]]));
        yield return ("ключ-дважды", BatchFixture.Workbook(["Ключ ученика", "Ключ ученика"], [["a", "b"]]));
        // Edits of the real export that must be refused row by row.
        object?[] hostileValues =
        [
            "=HYPERLINK(\"http://evil\",\"Иванов\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "=1+1", "\t=1", new string('я', 5_000),
            new string('Ж', 100_000), "Иванов<script>", "Ива\u0000нов", 12345, true, 3.14, new DateTime(2020, 1, 1), "",
        ];
        foreach (var (value, v) in hostileValues.Select((v, i) => (v, i)))
        {
            foreach (var header in new[] { "Фамилия", "Имя", "Родитель 1: Фамилия", "Родитель 1: Имя" })
                yield return ($"значение-{v}-{header}", Edit(exported, header, value));
        }
        object?[] badValues = ["31.02.2015", "когда-то", -5, 1e12, "01.01.2030", "14/03/1800", false];
        foreach (var (value, v) in badValues.Select((v, i) => (v, i)))
        {
            yield return ($"дата-{v}", Edit(exported, "Дата рождения", value));
            yield return ($"дата-родителя-{v}", Edit(exported, "Родитель 1: Дата рождения", value));
        }
        object?[] badDocuments = ["123", "112-233-445 96", "abc", new string('1', 50), 0, "00000000000"];
        foreach (var (value, v) in badDocuments.Select((v, i) => (v, i)))
        {
            yield return ($"снилс-{v}", Edit(exported, "СНИЛС", value));
            yield return ($"снилс-родителя-{v}", Edit(exported, "Родитель 1: СНИЛС", value));
            yield return ($"паспорт-{v}", Edit(exported, "Паспорт: серия", value));
            yield return ($"свидетельство-{v}", Edit(exported, "Свидетельство о рождении: серия", value));
        }
        foreach (var (value, v) in new object?[] { "Х", "9Я", 5, "12Б", "" }.Select((v, i) => (v, i)))
            yield return ($"класс-{v}", Edit(exported, "Класс", value));
        foreach (var (value, v) in new object?[] { "Q", 1, "мужчина" }.Select((v, i) => (v, i)))
            yield return ($"пол-{v}", Edit(exported, "Пол", value));
        // Wrong keys: changed, foreign, a parent's key in the pupil column, a key of another portal.
        var key = BatchFixture.Keys.Pupil(_f.Region.School1.Id, _f.Region.Pupil1.Id);
        var parentKey = BatchFixture.Keys.Parent(_f.Region.School1.Id, _f.Region.Parent1.Id);
        var other = new RecordKeys("other portal"u8.ToArray());
        string?[] wrongKeys =
        [
            key[..^2], key + "0", key.Replace("У-", "Р-"), parentKey, BatchFixture.Keys.Pupil(_f.Region.School2.Id, _f.Region.Pupil2.Id),
            BatchFixture.Keys.Pupil(_f.Region.School1.Id, 999_999), other.Pupil(_f.Region.School1.Id, _f.Region.Pupil1.Id), "=HYPERLINK(\"x\")",
            "У-1-1", "У--1-", new string('У', 10_000), null,
        ];
        foreach (var (value, v) in wrongKeys.Select((v, i) => (v, i)))
        {
            yield return ($"ключ-{v}", Edit(exported, "Ключ ученика", value));
            yield return ($"ключ-родителя-{v}", Edit(exported, "Родитель 1: Ключ", value ?? "испорчен"));
        }
        // The same pupil twice.
        yield return ("ученик-дважды", BatchFixture.Edit(exported, s =>
        {
            s.Protection.IsProtected = false;
            var row = BatchFixture.Row(s, "Иванов");
            s.Cells[row, 1, row, s.Dimension.End.Column].Copy(s.Cells[row + 1, 1]);
        }));
    }

    private static byte[] Edit(byte[] exported, string header, object? value) =>
        BatchFixture.Edit(exported, s => BatchFixture.Set(s, "Иванов", header, value));

    private static byte[] Zip(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
        return stream.ToArray();
    }
}
