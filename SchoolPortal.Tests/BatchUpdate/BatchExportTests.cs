using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.BatchUpdate;

public sealed class BatchExportTests : IDisposable
{
    private readonly BatchFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task The_export_has_russian_headers_dates_widths_by_hand_locked_keys_and_escaped_formulas()
    {
        await using (var db = _f.Database.System())
        {
            var pupil = await db.Pupils.SingleAsync(p => p.Id == _f.Region.Pupil1.Id);
            pupil.ChangeComment("=HYPERLINK(\"http://evil\",\"нажми\")");
            await db.SaveChangesAsync();
        }

        var file = await _f.ExportAsync(_f.Region.Admin1);

        var package = Workbooks.Open(file);
        var sheet = package.Workbook.Worksheets[BatchWorkbookReader.SheetName];
        var row = BatchFixture.Row(sheet, "Иванов");
        Assert.Equal("Ключ ученика", sheet.Cells[1, 1].Text);
        Assert.Equal(BatchFixture.Keys.Pupil(_f.Region.School1.Id, _f.Region.Pupil1.Id), sheet.Cells[row, 1].Text);
        Assert.Equal("Иванова", sheet.Cells[row, BatchFixture.Column(sheet, "Родитель 1: Фамилия")].Text);
        Assert.Equal("Мать", sheet.Cells[row, BatchFixture.Column(sheet, "Родитель 1: Кем приходится")].Text);
        Assert.Equal("14.03.2015", sheet.Cells[row, BatchFixture.Column(sheet, "Дата рождения")].Text);
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"нажми\")", sheet.Cells[row, BatchFixture.Column(sheet, "Комментарий")].Value);
        Assert.Equal(40, sheet.Column(BatchFixture.Column(sheet, "Адрес регистрации")).Width);
        Assert.True(sheet.Protection.IsProtected);
        Assert.True(sheet.Cells[row, 1].Style.Locked);
        Assert.True(sheet.Cells[row, BatchFixture.Column(sheet, "Родитель 1: Ключ")].Style.Locked);
        Assert.False(sheet.Cells[row, BatchFixture.Column(sheet, "Фамилия")].Style.Locked);
        Assert.DoesNotContain(sheet.Cells[2, 1, sheet.Dimension.End.Row, sheet.Dimension.End.Column], c => c.Text.Contains("Второва"));
    }

    [Fact]
    public async Task A_chosen_subset_exports_only_those_fields_and_the_keys()
    {
        var file = (await _f.Export(_f.Region.Admin1).ExportAsync(new BatchExportRequest(PupilFilter.Default, [BatchFields.Snils], [BatchFields.Phone]))).Content;

        var package = Workbooks.Open(file);
        var sheet = package.Workbook.Worksheets[BatchWorkbookReader.SheetName];
        var headers = Enumerable.Range(1, sheet.Dimension.End.Column).Select(c => sheet.Cells[1, c].Text).ToList();
        Assert.Equal(["Ключ ученика", "СНИЛС", "Родитель 1: Ключ", "Родитель 1: Кем приходится", "Родитель 1: Телефон",
            "Родитель 2: Ключ", "Родитель 2: Кем приходится", "Родитель 2: Телефон"], headers);
    }
}
