using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Pupils;

/// <summary>«№ п/п» and «Загрузить» of the pupil list, on real SQLite; the workbook is read back with EPPlus.</summary>
public sealed class PupilListDownloadTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public PupilListDownloadTests()
    {
        _region = TestRegion.Create(_database);
        PupilListData.AddAsync(_database, _region).GetAwaiter().GetResult();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Row_numbers_continue_on_the_next_page()
    {
        var result = await new PupilListQuery(_database.For(_region.Admin1))
            .RunAsync(new PupilListRequest(PupilFilter.Default, PupilColumns.Default, Page: 1, PageSize: 3));

        Assert.Equal([4, 5, 6], result.Rows.Select(r => r.Number));
    }

    [Fact]
    public async Task Download_has_the_number_and_the_chosen_fields_of_the_filtered_list_in_its_order()
    {
        var filter = PupilFilter.Default with { Surname = "Иван" };

        var file = await new PupilListExport(_database.For(_region.Admin1), ManualClock.On(TestRegion.Today))
            .RunAsync(filter, [PupilColumn.Class, PupilColumn.DisplayName]);

        var package = Workbooks.Open(file.Excel);
        var sheet = package.Workbook.Worksheets[0];
        Assert.Equal("Ученики 28.11.2026.xlsx", file.FileName);
        Assert.Equal(["№ п/п", "ФИО", "Класс"], Enumerable.Range(1, 3).Select(c => sheet.Cells[1, c].Text));
        Assert.Equal("1", sheet.Cells[2, 1].Text);
        Assert.Equal("Иванов Пётр Сергеевич", sheet.Cells[2, 2].Text);
        Assert.Equal("5А", sheet.Cells[2, 3].Text);
        Assert.Null(sheet.Cells[4, 1].Value);
        Assert.True(sheet.Column(2).Width >= 30, "the name column is wide enough to read without widening it by hand");
        Assert.Equal(file.Rows + 1, sheet.Dimension.End.Row);
    }

    [Fact]
    public async Task Download_escapes_text_that_excel_would_run_as_a_formula()
    {
        await using (var db = _database.System())
        {
            var pupil = await db.Pupils.SingleAsync(p => p.Id == _region.Pupil1.Id);
            pupil.ChangeComment("=HYPERLINK(\"http://evil\")");
            await db.SaveChangesAsync();
        }

        var file = await new PupilListExport(_database.For(_region.Admin1), ManualClock.On(TestRegion.Today))
            .RunAsync(PupilFilter.Default with { Surname = "Иванов" }, [PupilColumn.Comment]);

        var package = Workbooks.Open(file.Excel);
        var cell = package.Workbook.Worksheets[0].Cells[2, 2];
        Assert.Equal("'=HYPERLINK(\"http://evil\")", cell.Value);
        Assert.True(string.IsNullOrEmpty(cell.Formula));
    }

    [Fact]
    public async Task Download_without_fields_is_refused()
    {
        var export = new PupilListExport(_database.For(_region.Admin1), ManualClock.On(TestRegion.Today));

        var error = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => export.RunAsync(PupilFilter.Default, []));
        Assert.Equal("Выберите хотя бы одно поле.", error.Message);
    }
}
