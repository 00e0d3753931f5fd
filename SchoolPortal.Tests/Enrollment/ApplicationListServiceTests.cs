using OfficeOpenXml;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ApplicationListServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;

    public ApplicationListServiceTests() => _world = EnrollmentWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task List_filters_by_status_and_counts_every_status_of_the_other_filters()
    {
        _world.Application(ApplicationStatus.New, "Агеев", certificate: "100001");
        _world.Application(ApplicationStatus.Registered, "Борисов", certificate: "100002");
        _world.Application(ApplicationStatus.Registered, "Власов", certificate: "100003");
        _world.Application(ApplicationStatus.Directed, "Громов", certificate: "100004");

        var page = await _world.For(_world.Region.Admin1).List.ListAsync(new ApplicationFilter { Status = ApplicationStatus.Registered });

        Assert.Equal(2, page.Total);
        Assert.Equal(["Борисов", "Власов"], page.Rows.Select(r => r.ChildName.Split(' ')[0]).Order());
        Assert.Equal(1, page.Count(ApplicationStatus.New));
        Assert.Equal(2, page.Count(ApplicationStatus.Registered));
        Assert.Equal(1, page.Count(ApplicationStatus.Directed));
    }

    [Theory]
    [InlineData("Гро")]
    [InlineData("громов")]
    [InlineData("IV-ИВ 100004")]
    [InlineData("100004")]
    public async Task Search_finds_the_child_by_surname_or_birth_certificate(string search)
    {
        _world.Application(ApplicationStatus.New, "Агеев", certificate: "100001");
        _world.Application(ApplicationStatus.New, "Громов", certificate: "100004");

        var page = await _world.For(_world.Region.Admin1).List.ListAsync(new ApplicationFilter { Search = search });

        Assert.Equal("Громов Артём Игоревич", Assert.Single(page.Rows).ChildName);
    }

    [Fact]
    public async Task Search_finds_the_application_by_its_epgu_number()
    {
        var wanted = _world.Application(ApplicationStatus.New, "Агеев", certificate: "100001");
        _world.Application(ApplicationStatus.New, "Громов", certificate: "100004");

        var page = await _world.For(_world.Region.Admin1).List.ListAsync(new ApplicationFilter { Search = wanted.EpguOrderId.ToString() });

        Assert.Equal(wanted.Id, Assert.Single(page.Rows).Id);
    }

    [Fact]
    public async Task Distributed_lists_only_directed_applications()
    {
        _world.Application(ApplicationStatus.UnderReview, "Агеев", certificate: "100001");
        var directed = _world.Application(ApplicationStatus.Directed, "Громов", certificate: "100004");

        var rows = await _world.For(_world.Region.Admin1).List.DistributedAsync();

        Assert.Equal(directed.Id, Assert.Single(rows).Id);
    }

    [Fact]
    public async Task Export_has_russian_headers_and_keeps_a_formula_typed_as_a_name_as_text()
    {
        _world.Application(ApplicationStatus.New, "Громов", certificate: "100004");

        var file = await _world.For(_world.Region.Admin1).List.ExportAsync(new ApplicationFilter());

        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        Assert.Equal("Номер заявления", sheet.Cells[1, 2].Text);
        Assert.Equal("ФИО ребёнка", sheet.Cells[1, 8].Text);
        Assert.Equal("Громов Артём Игоревич", sheet.Cells[2, 8].Text);
        Assert.Equal("10.10.2020", sheet.Cells[2, 9].Text);
        Assert.EndsWith(".xlsx", file.FileName);
        Assert.Equal("'=1+1", ApplicationWorkbookProbe("=1+1"));
    }

    private static string? ApplicationWorkbookProbe(string childName)
    {
        var row = new ApplicationRow(1, "N-1", null, new DateOnly(2027, 4, 5), ApplicationKind.FirstGrade, ApplicationChannel.InPerson,
            ApplicationStatus.New, childName, new DateOnly(2020, 1, 1), null, AdmissionRight.None, false, null, 1, "Школа", null);
        var package = Workbooks.Open(ApplicationWorkbook.Build([row], new DateOnly(2027, 7, 5)));
        var cell = package.Workbook.Worksheets[0].Cells[2, 8];
        Assert.True(string.IsNullOrEmpty(cell.Formula));
        return cell.Value?.ToString();
    }
}
