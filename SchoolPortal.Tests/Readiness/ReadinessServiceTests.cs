using OfficeOpenXml;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Readiness;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Readiness;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Readiness;

public sealed class ReadinessServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ReadinessWorld _world;

    public ReadinessServiceTests() => _world = ReadinessWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private TestRegion Region => _world.Region;

    private ReadinessService Service(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today));

    private static async Task<List<SchoolReadiness>> CountAllAsync(ReadinessService service)
    {
        var schools = new List<SchoolReadiness>();
        await foreach (var school in service.CountAsync())
            schools.Add(school);
        return schools;
    }

    [Fact]
    public async Task School_admin_sees_the_own_schools_children_with_the_four_conditions_and_the_counts()
    {
        var list = await Service(Region.Admin1).SchoolAsync();

        Assert.NotNull(list);
        Assert.Equal("МАОУ «СОШ № 1»", list.School.SchoolName);
        Assert.Equal(["Иванов Пётр Сергеевич", "Иванова Дарья Сергеевна", "Петров Илья Андреевич", "Сидоров Олег"], list.Pupils.Select(p => p.FullName));
        Assert.All(list.Pupils, p => Assert.Equal("5А", p.ClassName));
        Assert.Equal(new ReadinessCounts(Total: 4, Ready: 1, Awaiting: 1, NotReady: 2, FailingListed: 0, FailingComplete: 1, FailingMatches: 1, FailingLinked: 1),
            list.Counts);
        Assert.Equal(ReadinessStatus.Ready, list.Pupils.Single(p => p.PupilId == Region.Pupil1.Id).Readiness.Status);
        Assert.Equal(ReadinessStatus.AwaitingGosuslugi, list.Pupils.Single(p => p.PupilId == _world.Pupil3).Readiness.Status);
        Assert.Equal([new ReadinessClass(Region.Class1.Id, "5А")], list.Classes);
    }

    [Fact]
    public async Task School_admin_cannot_open_another_schools_list()
    {
        Assert.Null(await Service(Region.Admin1).SchoolAsync(Region.School2.Id));
    }

    [Fact]
    public async Task Municipal_operator_counts_only_the_schools_of_the_own_district()
    {
        var schools = await CountAllAsync(Service(Region.District1Operator));

        var school = Assert.Single(schools);
        Assert.Equal((Region.School1.Id, "Первый район", 4, 1), (school.SchoolId, school.Municipality, school.Counts.Total, school.Counts.Ready));
        Assert.Null(await Service(Region.District1Operator).SchoolAsync(Region.School2.Id));
    }

    [Fact]
    public async Task Region_operator_counts_every_school_with_its_district()
    {
        var schools = await CountAllAsync(Service(Region.RegionOperator));

        Assert.Equal([("Первый район", 4, 1), ("Второй район", 1, 1)],
            schools.Select(s => (s.Municipality, s.Counts.Total, s.Counts.Ready)).OrderBy(s => s.Item2 == 1));
        Assert.Equal(5, ReadinessCounts.Sum(schools.Select(s => s.Counts)).Total);
        var list = await Service(Region.RegionOperator).SchoolAsync(Region.School2.Id);
        Assert.True(Assert.Single(list!.Pupils).Readiness.IsReady);
    }

    [Fact]
    public async Task Diagnosis_names_the_differing_certificate_number_and_when_gosuslugi_data_arrived()
    {
        var diagnosis = await Service(Region.Admin1).DiagnoseAsync(_world.Pupil5);

        Assert.NotNull(diagnosis);
        var readiness = diagnosis.Pupil.Readiness;
        Assert.Equal(ConditionState.Met, readiness[ReadinessCondition.ListedOnGosuslugi].State);
        var problem = Assert.Single(readiness[ReadinessCondition.MatchesGosuslugi].Problems);
        Assert.Equal("Номер свидетельства о рождении ребёнка в школе не совпадает с Госуслугами.", problem.Text);
        Assert.Equal($"management/pupils/{_world.Pupil5}", ReadinessLinks.Record(problem));
        Assert.Equal(ReadinessWorld.ReceivedAt, diagnosis.GosuslugiReceivedAt[Region.Parent1.Id]);
        Assert.Equal("МАОУ «СОШ № 1»", diagnosis.SchoolName);
    }

    [Fact]
    public async Task Diagnosis_of_a_child_whose_mother_never_signed_in_says_so()
    {
        var diagnosis = await Service(Region.Admin1).DiagnoseAsync(_world.Pupil3);

        var parent = Assert.Single(diagnosis!.Pupil.Readiness.Parents);
        Assert.Equal(("Мать", false), (parent.Relation, parent.SignedInWithGosuslugi));
        Assert.Equal("Родитель Петрова А. И. не вошёл через Госуслуги: сверка с Госуслугами будет после первого входа.",
            Assert.Single(diagnosis.Pupil.Readiness.Problems).Text);
    }

    [Fact]
    public async Task Diagnosis_of_another_schools_child_is_not_found()
    {
        Assert.Null(await Service(Region.Admin1).DiagnoseAsync(Region.Pupil2.Id));
        Assert.NotNull(await Service(Region.Admin2).DiagnoseAsync(Region.Pupil2.Id));
    }

    [Fact]
    public async Task Teacher_is_refused()
    {
        var teacher = new PortalUser(2001, "teacher1", "Учитель", Role.Teacher, Region.School1.Id, null);

        var e = await Assert.ThrowsAsync<AccessDeniedException>(() => Service(teacher).SchoolAsync());
        Assert.Contains("администраторам школ", e.Message);
    }

    [Fact]
    public async Task Ready_pupils_for_epgu_are_the_ready_children_of_the_whole_region()
    {
        var ready = await new ReadinessPupils(_database.Factory).ReadyPupilIdsAsync(CancellationToken.None);

        Assert.Equal(new[] { Region.Pupil1.Id, Region.Pupil2.Id }.Order(), ready.Order());
    }

    [Fact]
    public async Task School_export_has_a_row_per_child_with_the_conditions_and_what_to_do()
    {
        var service = Service(Region.Admin1);
        var list = await service.SchoolAsync();

        var file = await service.ExportSchoolAsync(list!, list!.Pupils, "все классы");

        Assert.EndsWith(".xlsx", file.FileName);
        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        Assert.Equal(ReadinessWorkbook.ChildrenSheet, sheet.Name);
        const int first = Features.Reports.ReportWorkbook.HeaderRow + 1;
        Assert.Equal("Иванов Пётр Сергеевич", sheet.Cells[first, 3].Text);
        Assert.Equal("выполнено", sheet.Cells[first, 5].Text);
        Assert.Equal("Готов", sheet.Cells[first, 9].Text);
        Assert.Equal("Сидоров Олег", sheet.Cells[first + 3, 3].Text);
        Assert.Contains("У ребёнка не указан СНИЛС. (Школа)", sheet.Cells[first + 3, 10].Text);
        Assert.Equal(36, sheet.Column(3).Width);
    }

    [Fact]
    public async Task Schools_export_has_the_counts_per_school_with_district_totals()
    {
        var service = Service(Region.RegionOperator);
        var schools = await CountAllAsync(service);

        var file = await service.ExportSchoolsAsync(schools, "весь регион");

        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        const int first = Features.Reports.ReportWorkbook.HeaderRow + 1;
        Assert.Equal("Второй район", sheet.Cells[first, 2].Text);
        Assert.Equal("Итого по муниципалитету", sheet.Cells[first + 1, 3].Text);
        Assert.Equal("Итого", sheet.Cells[first + 4, 3].Text);
        Assert.Equal(5, Convert.ToInt32(sheet.Cells[first + 4, 4].Value));
        Assert.Equal(2, Convert.ToInt32(sheet.Cells[first + 4, 5].Value));
    }
}
