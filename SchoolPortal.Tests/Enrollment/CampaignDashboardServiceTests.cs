using OfficeOpenXml;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// A small 2027 campaign counted by hand. First stage: school 1 (district 1, 30 grade-1 places) has two EPGU applications
/// (one enrolled on 02.07.2027) and one brought in person; school 2 (district 2, 20 places) one EPGU application not yet
/// registered. Grade 10: one EPGU application in school 1 (25 places). All filed on 05.04.2027.
/// </summary>
public sealed class CampaignDashboardServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;
    private readonly EnrollmentApplication _enrolled;

    public CampaignDashboardServiceTests()
    {
        _world = EnrollmentWorld.Create(_database);
        var school1 = _world.Region.School1.Id;
        var school2 = _world.Region.School2.Id;
        using var db = _database.System();
        db.SchoolPlaces.Add(new SchoolPlaces(school2, 2027, 20, 0));
        _enrolled = EnrollmentWorld.Build(ApplicationStatus.Directed, "Борисов", "Иван", null, "100002", school1);
        _enrolled.Enroll(_world.Region.Pupil1.Id, "Админ школы 1 (admin1)", new DateTimeOffset(2027, 7, 2, 10, 0, 0, TimeSpan.FromHours(5)), EnrollmentWorld.Campaign);
        db.EnrollmentApplications.AddRange(
            EnrollmentWorld.Build(ApplicationStatus.Registered, "Агеев", "Пётр", null, "100001", school1),
            _enrolled,
            EnrollmentWorld.Build(ApplicationStatus.UnderReview, "Власов", "Олег", null, "100003", school1, fromEpgu: false),
            EnrollmentWorld.Build(ApplicationStatus.New, "Громов", "Павел", null, "100004", school2),
            EnrollmentWorld.Build(ApplicationStatus.Registered, "Дёмин", "Илья", null, "100005", school1, ApplicationKind.TenthGrade));
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    private CampaignDashboardService Service(PortalUser user, DateOnly? today = null) =>
        new(_database.For(user), new EnrollmentSettings(_database.Factory), ManualClock.On(today ?? EnrollmentWorld.Today));

    [Fact]
    public async Task The_region_sees_the_three_figures_of_the_first_stage_as_counted_by_hand()
    {
        var overview = await Service(_world.Region.RegionOperator).OverviewAsync(2027, CampaignPart.FirstStage);

        var total = overview.Total;
        Assert.Equal((4, 3, 1, 50), (total.Filed, total.Epgu, total.Enrolled, total.Places));
        Assert.Equal(75.0, total.EpguPercent);
        Assert.Equal(8.0, total.FiledPerPlacePercent);
        Assert.Equal(2.0, total.EnrolledPerPlacePercent);
    }

    [Fact]
    public async Task Districts_and_schools_carry_their_own_figures()
    {
        var overview = await Service(_world.Region.RegionOperator).OverviewAsync(2027, CampaignPart.FirstStage);

        var first = overview.Districts.Single(d => d.Id == _world.Region.District1.Id);
        var second = overview.Districts.Single(d => d.Id == _world.Region.District2.Id);
        Assert.Equal(("Первый район", 3, 2, 1, 30), (first.Name, first.Filed, first.Epgu, first.Enrolled, first.Places));
        Assert.Equal(66.7, first.EpguPercent);
        Assert.Equal(10.0, first.FiledPerPlacePercent);
        Assert.Equal(3.3, first.EnrolledPerPlacePercent);
        Assert.Equal(("Второй район", 1, 1, 0, 20), (second.Name, second.Filed, second.Epgu, second.Enrolled, second.Places));
        var school2 = overview.Schools.Single(s => s.Id == _world.Region.School2.Id);
        Assert.Equal((_world.Region.District2.Id, 1), (school2.DistrictId!.Value, school2.Filed));
    }

    [Fact]
    public async Task A_municipal_operator_sees_only_their_district()
    {
        var overview = await Service(_world.Region.District1Operator).OverviewAsync(2027, CampaignPart.FirstStage);

        Assert.Equal(3, overview.Total.Filed);
        Assert.Equal(30, overview.Total.Places);
        Assert.Equal("Первый район", Assert.Single(overview.Districts).Name);
        Assert.Equal(_world.Region.School1.Id, Assert.Single(overview.Schools).Id);
        Assert.Equal([_world.Region.School1.Id], (await Service(_world.Region.District1Operator).PlacesAsync(2027)).Select(p => p.SchoolId));
    }

    [Fact]
    public async Task Grade_ten_counts_against_the_grade_ten_places_and_transfers_against_none()
    {
        var service = Service(_world.Region.RegionOperator);

        var tenth = (await service.OverviewAsync(2027, CampaignPart.TenthGrade)).Total;
        var transfers = (await service.OverviewAsync(2027, CampaignPart.Transfers)).Total;

        Assert.Equal((1, 1, 25), (tenth.Filed, tenth.Epgu, tenth.Places));
        Assert.Equal(4.0, tenth.FiledPerPlacePercent);
        Assert.Equal(0, transfers.Filed);
        Assert.Null(transfers.Places);
        Assert.Null(transfers.FiledPerPlacePercent);
    }

    [Fact]
    public async Task The_drill_down_lists_the_school_applications_with_links_to_their_cards()
    {
        var rows = await Service(_world.Region.RegionOperator).ApplicationsAsync(2027, CampaignPart.FirstStage, _world.Region.School1.Id);

        Assert.Equal(["Агеев", "Борисов", "Власов"], rows.Select(r => r.ChildName.Split(' ')[0]).Order());
        Assert.Contains(rows, r => r.Link == $"/enrollment/applications/{_enrolled.Id}");
    }

    [Fact]
    public async Task Day_by_day_counts_the_filed_applications_by_channel_and_the_statuses_reached()
    {
        var days = await Service(_world.Region.RegionOperator).DaysAsync(2027, CampaignPart.FirstStage);

        var filedDay = days.Single(d => d.Day == new DateOnly(2027, 4, 5));
        Assert.Equal((3, 1), (filedDay.FiledBy(ApplicationChannel.Epgu), filedDay.FiledBy(ApplicationChannel.InPerson)));
        Assert.Equal(3, filedDay.ReachedCount(ApplicationStatus.Registered));
        Assert.Equal(1, days.Single(d => d.Day == new DateOnly(2027, 7, 1)).ReachedCount(ApplicationStatus.Directed));
        Assert.Equal(1, days.Single(d => d.Day == new DateOnly(2027, 7, 2)).ReachedCount(ApplicationStatus.Enrolled));
        Assert.Equal(4, days.Sum(d => d.FiledTotal));
    }

    [Fact]
    public async Task Places_show_active_applications_enrolled_and_free_per_school()
    {
        var places = await Service(_world.Region.RegionOperator).PlacesAsync(2027);

        var school1 = places.Single(p => p.SchoolId == _world.Region.School1.Id);
        Assert.Equal((30, 3, 1, 29), (school1.Grade1Places, school1.Grade1Active, school1.Grade1Enrolled, school1.Grade1Free));
        Assert.Equal((25, 1, 25), (school1.Grade10Places, school1.Grade10Active, school1.Grade10Free));
        Assert.False(school1.Grade1OverSubscribed);
    }

    [Fact]
    public async Task A_school_with_more_active_applications_than_places_is_over_subscribed()
    {
        using (var db = _database.System())
        {
            db.SchoolPlaces.Single(p => p.SchoolId == _world.Region.School2.Id).ChangePlaces(1, 0);
            db.EnrollmentApplications.Add(EnrollmentWorld.Build(ApplicationStatus.Registered, "Егоров", "Лев", null, "100006", _world.Region.School2.Id));
            db.SaveChanges();
        }

        var places = await Service(_world.Region.RegionOperator).PlacesAsync(2027);

        Assert.True(places.Single(p => p.SchoolId == _world.Region.School2.Id).Grade1OverSubscribed);
        Assert.False(places.Single(p => p.SchoolId == _world.Region.School1.Id).Grade1OverSubscribed);
    }

    [Fact]
    public async Task The_dates_show_the_order_deadline_from_the_production_calendar()
    {
        var dates = await Service(_world.Region.RegionOperator).DatesAsync(2027);

        Assert.Equal(new DateOnly(2027, 4, 1), dates.FirstStageStart);
        Assert.Equal(new DateOnly(2027, 6, 30), dates.FirstStageEnd);
        Assert.Equal(new DateOnly(2027, 7, 5), dates.OrderDeadline);
        Assert.Equal((new DateOnly(2027, 7, 6), new DateOnly(2027, 9, 5)), (dates.SecondStageStart, dates.SecondStageEnd));
    }

    [Theory]
    [InlineData(2027, 7, 5, 2027)]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2027, 4, 1, 2027)]
    public async Task The_page_opens_on_the_campaign_under_way_or_the_last_one_before_acceptance_starts(int y, int m, int d, int expected)
    {
        Assert.Equal(expected, await Service(_world.Region.RegionOperator, new DateOnly(y, m, d)).CurrentYearAsync());
    }

    [Fact]
    public async Task The_district_export_lists_the_districts_alphabetically_with_the_total_and_shares_as_percent()
    {
        var file = await Service(_world.Region.RegionOperator).ExportDistrictsAsync(2027, CampaignPart.FirstStage);

        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        Assert.Equal("Подано заявлений", sheet.Cells[2, 2].Text);
        Assert.Equal(("Второй район", 1), (sheet.Cells[3, 1].Text, Convert.ToInt32(sheet.Cells[3, 2].Value)));
        Assert.Equal(("Первый район", 3), (sheet.Cells[4, 1].Text, Convert.ToInt32(sheet.Cells[4, 2].Value)));
        Assert.Equal("Итого", sheet.Cells[5, 1].Text);
        Assert.Equal(0.75, Convert.ToDouble(sheet.Cells[5, 4].Value), 3);
    }

    [Fact]
    public async Task A_school_administrator_sees_only_their_school()
    {
        var overview = await Service(_world.Region.Admin2).OverviewAsync(2027, CampaignPart.FirstStage);

        Assert.Equal((1, 20), (overview.Total.Filed, overview.Total.Places));
        Assert.Equal(_world.Region.School2.Id, Assert.Single(overview.Schools).Id);
        Assert.Empty(await Service(_world.Region.Admin2).ApplicationsAsync(2027, CampaignPart.FirstStage, _world.Region.School1.Id));
    }

    [Fact]
    public async Task The_places_and_day_by_day_exports_carry_the_same_numbers_as_the_page()
    {
        var service = Service(_world.Region.RegionOperator);

        var places = Workbooks.Open((await service.ExportPlacesAsync(2027)).Content);
        var days = Workbooks.Open((await service.ExportDaysAsync(2027, CampaignPart.FirstStage)).Content);

        var placesSheet = places.Workbook.Worksheets[0];
        var school1Line = Enumerable.Range(3, 2).Single(r => placesSheet.Cells[r, 2].Text == "МАОУ «СОШ № 1»");
        Assert.Equal((30, 3, 29), (Convert.ToInt32(placesSheet.Cells[school1Line, 3].Value), Convert.ToInt32(placesSheet.Cells[school1Line, 4].Value),
            Convert.ToInt32(placesSheet.Cells[school1Line, 6].Value)));
        var daysSheet = days.Workbook.Worksheets[0];
        Assert.Equal(("05.04.2027", 4), (daysSheet.Cells[3, 1].Text, Convert.ToInt32(daysSheet.Cells[3, 2].Value)));
    }
}
