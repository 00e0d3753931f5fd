using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Летний отдых: сводка» on a small season counted by hand (<see cref="OverviewSeason"/>), for each kind of staff user.</summary>
public sealed class CampOverviewTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2027, 5, 4);
    private readonly TestDatabase _database = new();
    private OverviewSeason _season = null!;

    public async Task InitializeAsync() => _season = await OverviewSeason.CreateAsync(_database);

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private CampOverviewService For(PortalUser user) => new(_database.For(user), _database.Factory, ManualClock.On(Today));

    private Task<CampOverview> OverviewAsync(PortalUser user) => For(user).OverviewAsync(CampWorld.Year);

    [Fact]
    public async Task The_region_operator_sees_each_shift_counted_as_by_hand()
    {
        var overview = await OverviewAsync(_season.World.Region.RegionOperator);

        var a = overview.Shifts.Single(s => s.ShiftId == _season.A.Id).Counts;
        var b = overview.Shifts.Single(s => s.ShiftId == _season.B.Id).Counts;
        var c = overview.Shifts.Single(s => s.ShiftId == _season.C.Id).Counts;
        Assert.Equal(new CampCounts(2, 2, 2, 1, 2, 0, 0m, 2 * OverviewSeason.Share), a);
        Assert.Equal(new CampCounts(1, 1, 0, 0, 1, 0, OverviewSeason.Share, 0m), b);
        Assert.Equal(new CampCounts(3, 1, 0, 0, 0, 2, 1_960m, 0m), c);
        Assert.Equal(1, a.AwaitingPayment + b.AwaitingPayment);
    }

    [Fact]
    public async Task An_application_waiting_for_two_shifts_of_a_camp_counts_once_in_the_camp_the_district_and_the_total()
    {
        var overview = await OverviewAsync(_season.World.Region.RegionOperator);

        var camp = overview.Camps.Single(x => x.Id == _season.World.Camp.Id);
        var district1 = overview.Districts.Single(d => d.Id == _season.World.Region.District1.Id);
        var district2 = overview.Districts.Single(d => d.Id == _season.World.Region.District2.Id);
        Assert.Equal(new CampCounts(3, 3, 2, 1, 2, 0, OverviewSeason.Share, 2 * OverviewSeason.Share), camp.Counts);
        Assert.Equal((2, camp.Counts), (district1.Shifts, district1.Counts));
        Assert.Equal(new CampCounts(3, 1, 0, 0, 0, 2, 1_960m, 0m), district2.Counts);
        Assert.Equal(new CampCounts(6, 4, 2, 1, 2, 2, OverviewSeason.Share + 1_960m, 2 * OverviewSeason.Share), overview.Total.Counts);
    }

    [Fact]
    public async Task A_municipal_operator_sees_only_the_camps_of_their_district()
    {
        var overview = await OverviewAsync(_season.World.Region.District1Operator);

        Assert.Equal([_season.World.Region.District1.Id], overview.Districts.Select(d => d.Id));
        Assert.Equal([_season.World.Camp.Id], overview.Camps.Select(c => c.Id));
        Assert.DoesNotContain(overview.Shifts, s => s.ShiftId == _season.C.Id);
        Assert.Equal(3, overview.Total.Counts.Granted);
        Assert.Contains("Первый район", overview.Scope);
    }

    [Fact]
    public async Task A_school_administrator_counts_only_their_own_schools_children_while_places_stay_the_shifts()
    {
        var own = await OverviewAsync(_season.World.Region.Admin1);
        var other = await OverviewAsync(_season.World.Region.Admin2);

        Assert.Equal(4, own.Total.Counts.Granted);
        Assert.Equal(2, own.Total.Counts.Reserve);
        Assert.Equal(new CampCounts(6, 0, 0, 0, 0, 2, 0m, 0m), other.Total.Counts);
        Assert.Equal(2, other.Camps.Count);
    }

    [Fact]
    public async Task A_teacher_is_refused()
    {
        var teacher = new PortalUser(1010, "teacher1", "Учитель", Role.Teacher, _season.World.Region.School1.Id, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => OverviewAsync(teacher));
        await Assert.ThrowsAsync<AccessDeniedException>(() => For(teacher).SeasonsAsync());
    }

    [Fact]
    public async Task Without_a_year_the_coming_summers_season_opens()
    {
        var service = For(_season.World.Region.RegionOperator);

        Assert.Equal([CampWorld.Year], await service.SeasonsAsync());
        Assert.Equal(2027, service.DefaultYear([2026, 2027, 2028]));
        Assert.Equal(2028, new CampOverviewService(_database.For(_season.World.Region.RegionOperator), _database.Factory, ManualClock.On(new DateOnly(2027, 9, 10)))
            .DefaultYear([2026, 2027, 2028]));
        Assert.Equal(2027, new CampOverviewService(_database.For(_season.World.Region.RegionOperator), _database.Factory, ManualClock.On(new DateOnly(2029, 1, 10)))
            .DefaultYear([2026, 2027]));
    }

    [Fact]
    public async Task Every_table_is_exported_to_excel_with_the_same_figures()
    {
        var service = For(_season.World.Region.RegionOperator);

        var districts = await service.ExportDistrictsAsync(CampWorld.Year);
        var camps = await service.ExportCampsAsync(CampWorld.Year);
        var shifts = await service.ExportShiftsAsync(CampWorld.Year);

        var package = SchoolPortal.Infrastructure.Excel.Workbooks.Open(shifts.Content);
        var sheet = package.Workbook.Worksheets[0];
        var header = Features.Reports.ReportWorkbook.HeaderRow;
        Assert.Equal("Предоставлено мест", sheet.Cells[header, 6].Text);
        var rows = Enumerable.Range(header + 1, 3).ToList();
        Assert.Equal(4, rows.Sum(r => Convert.ToInt32(sheet.Cells[r, 6].Value)));
        Assert.Equal("Итого", sheet.Cells[header + 4, 1].Text);
        Assert.Equal(2 * OverviewSeason.Share, Convert.ToDecimal(sheet.Cells[header + 4, 13].Value));
        Assert.EndsWith(".xlsx", districts.FileName);
        var campBook = SchoolPortal.Infrastructure.Excel.Workbooks.Open(camps.Content);
        Assert.Equal("Лагерь «Второй»", campBook.Workbook.Worksheets[0].Cells[header + 1, 1].Text);
    }
}
