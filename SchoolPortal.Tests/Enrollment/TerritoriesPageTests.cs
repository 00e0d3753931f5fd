using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>School 1 of the first district has one line: г. Челябинск, ул. Ленина, все дома.</summary>
public sealed class TerritoriesPageTests : EnrollmentPageContext
{
    private IRenderedComponent<TerritoriesPage> OperatorOnSchool1()
    {
        var cut = RenderFor<TerritoriesPage>(World.Region.District1Operator);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=territory-choose-school]")));
        Choose(cut, "territory-school", "МАОУ «СОШ № 1»");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=territory-table] tbody tr")));
        return cut;
    }

    [Fact]
    public void A_school_administrator_reads_the_territory_without_editing_it()
    {
        var cut = RenderFor<TerritoriesPage>(World.Region.Admin1);

        cut.WaitForAssertion(() => Assert.Contains("ул. Ленина", cut.Find("[data-testid=territory-table]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=territory-add]"));
        Assert.Empty(cut.FindAll("[data-testid=territory-import]"));
        Assert.Empty(cut.FindAll("[data-testid^=territory-remove-]"));
    }

    [Fact]
    public void The_district_operator_adds_a_line_and_a_repeated_line_is_refused_in_russian()
    {
        var cut = OperatorOnSchool1();

        cut.Find("[data-testid=territory-settlement]").Change("г. Челябинск");
        cut.Find("[data-testid=territory-street]").Change("ул. Труда");
        cut.Find("[data-testid=territory-add-button]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=territory-table] tbody tr").Count));
        Assert.Contains("Добавлено", cut.Find("[data-testid=territory-message]").TextContent);

        cut.Find("[data-testid=territory-street]").Change("ул. Труда");
        cut.Find("[data-testid=territory-add-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains("уже есть в закреплённой территории", cut.Find("[data-testid=territory-add-error]").TextContent));
        Assert.Equal(2, cut.FindAll("[data-testid=territory-table] tbody tr").Count);
    }

    [Fact]
    public async Task A_line_is_removed_only_after_confirmation()
    {
        var cut = OperatorOnSchool1();

        await cut.InvokeAsync(() => cut.Find("[data-testid^=territory-remove-]").Click());
        Dialogs.WaitForAssertion(() => Assert.Contains("ул. Ленина", Dialogs.Find("[data-testid=confirm-dialog]").TextContent));
        await ConfirmAsync();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=territory-empty]")));
        await using var db = Database.System();
        Assert.Equal(0, await db.TerritoryLines.CountAsync(l => l.SchoolId == World.Region.School1.Id));
    }

    [Fact]
    public async Task An_excel_file_is_previewed_with_its_errors_and_added_after_confirmation()
    {
        var cut = OperatorOnSchool1();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Workbook(
            ["г. Челябинск", "ул. Труда", "чётные", "2", "40"],
            ["г. Челябинск", "ул. Ленина", "все", "", ""],
            ["", "ул. Мира", "все", "", ""]), "территория.xlsx"));

        cut.WaitForAssertion(() => Assert.Contains("будет добавлено: 1; с ошибками: 1; уже есть в списке: 1",
            cut.Find("[data-testid=territory-preview-summary]").TextContent));
        await using (var db = Database.System())
            Assert.Equal(1, await db.TerritoryLines.CountAsync(l => l.SchoolId == World.Region.School1.Id));

        await cut.InvokeAsync(() => cut.Find("[data-testid=territory-import-confirm]").Click());
        await ConfirmAsync();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=territory-table] tbody tr").Count));
        Assert.Contains("Добавлено строк территории: 1", cut.Find("[data-testid=territory-message]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=territory-preview]"));
    }

    private static byte[] Workbook(params string[][] rows)
    {
        var package = Workbooks.Open(TerritoryWorkbook.Template());
        var sheet = package.Workbook.Worksheets.First();
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cells[r + 2, c + 1].Value = rows[r][c] == "" ? null : rows[r][c];
        return package.GetAsByteArray();
    }
}
