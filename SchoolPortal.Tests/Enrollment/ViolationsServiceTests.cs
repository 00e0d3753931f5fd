using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// A small 2027 campaign seen on 09.07.2027 (the order deadline, 3 working days after Wednesday 30.06.2027, is 05.07.2027):
/// school 1 (district 1) has an application directed on 20.06 and not moved since (early directing and 15 working days
/// without a change), one directed on 01.07 (clean), and one enrolled by an order of 06.07 (late); school 2 (district 2) has
/// a refusal imported without its reason and an application under review since 05.04 (stale).
/// </summary>
public sealed class ViolationsServiceTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 7, 9);
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;
    private readonly EnrollmentApplication _early;
    private readonly EnrollmentApplication _late;
    private readonly EnrollmentApplication _refused;
    private readonly EnrollmentApplication _stale;

    public ViolationsServiceTests()
    {
        _world = EnrollmentWorld.Create(_database);
        var school1 = _world.Region.School1.Id;
        var school2 = _world.Region.School2.Id;
        using var db = _database.System();
        _early = EnrollmentWorld.Build(ApplicationStatus.UnderReview, "Ранний", "Пётр", null, "200001", school1);
        // Planted as the demo does: directed on 20 June (the rule refuses it now; imported applications still show it).
        _early.Direct("admin1", new DateTimeOffset(2027, 6, 20, 9, 0, 0, TimeSpan.Zero), EnrollmentWorld.Campaign.DirectingAllowedFrom, EnrollmentWorld.Campaign);
        var clean = EnrollmentWorld.Build(ApplicationStatus.Directed, "Чистый", "Иван", null, "200002", school1);
        _late = EnrollmentWorld.Build(ApplicationStatus.Directed, "Поздний", "Олег", null, "200003", school1);
        _refused = EnrollmentWorld.Build(ApplicationStatus.UnderReview, "Отказов", "Глеб", null, "200004", school2);
        _refused.Refuse(RefusalReason.NoPlaces, "admin2", new DateTimeOffset(2027, 7, 2, 9, 0, 0, TimeSpan.Zero));
        _stale = EnrollmentWorld.Build(ApplicationStatus.UnderReview, "Забытый", "Лев", null, "200005", school2);
        db.EnrollmentApplications.AddRange(_early, clean, _late, _refused, _stale);
        db.SaveChanges();
        var order = new EnrollmentOrder(school1, 2027, "15-у", new DateOnly(2027, 7, 6), _world.FirstGradeNext.Id, "1А", true,
            new DateOnly(2027, 7, 5), "admin1", new DateTimeOffset(2027, 7, 6, 9, 0, 0, TimeSpan.Zero));
        order.Add(_late.Id, _world.Region.Pupil1.Id, "Поздний Олег");
        db.EnrollmentOrders.Add(order);
        db.SaveChanges();
        // Imported from before the rule: a refusal with no reason recorded.
        db.EnrollmentApplications.Where(a => a.Id == _refused.Id).ExecuteUpdate(u => u.SetProperty(a => a.RefusalReason, (RefusalReason?)null));
    }

    public void Dispose() => _database.Dispose();

    private ViolationsService For(PortalUser user) =>
        new(_database.For(user), new EnrollmentSettings(_database.Factory), ManualClock.On(Today));

    [Fact]
    public async Task The_region_operator_sees_the_counts_computed_by_hand_per_district_and_school()
    {
        var report = await For(_world.Region.RegionOperator).ReportAsync(2027);

        Assert.Equal(5, report.ApplicationsChecked);
        Assert.Equal(5, report.Counts.Total);
        Assert.Equal(4, report.Counts.Applications);
        Assert.Equal(1, report.Counts.Of(ViolationKind.EarlyDirecting));
        Assert.Equal(1, report.Counts.Of(ViolationKind.LateOrder));
        Assert.Equal(1, report.Counts.Of(ViolationKind.UnlawfulRefusal));
        Assert.Equal(2, report.Counts.Of(ViolationKind.Stale));
        Assert.Equal(0, report.Counts.Of(ViolationKind.OutsideWindow));
        Assert.Equal(new DateOnly(2027, 7, 5), report.OrderDeadline);
        var first = Assert.Single(report.Districts, d => d.DistrictId == _world.Region.District1.Id);
        var second = Assert.Single(report.Districts, d => d.DistrictId == _world.Region.District2.Id);
        Assert.Equal((3, 2), (first.Counts.Total, first.Counts.Applications));
        Assert.Equal((2, 2), (second.Counts.Total, second.Counts.Applications));
        Assert.Equal(_world.Region.School1.Id, Assert.Single(first.Schools).SchoolId);
        Assert.Equal(
            [(_early.Id, ViolationKind.EarlyDirecting), (_late.Id, ViolationKind.LateOrder), (_early.Id, ViolationKind.Stale)],
            first.Rows.Select(r => (r.ApplicationId, r.Kind)));
    }

    [Fact]
    public async Task Each_row_links_to_the_card_and_says_what_was_wrong_with_the_computed_dates()
    {
        var report = await For(_world.Region.RegionOperator).ReportAsync(2027);

        var late = Assert.Single(report.Rows, r => r.Kind == ViolationKind.LateOrder);
        Assert.Equal($"/enrollment/applications/{_late.Id}", late.Link);
        Assert.Contains("№ 15-у от 06.07.2027", late.Text);
        Assert.Contains("позже срока 05.07.2027", late.Text);
        var early = Assert.Single(report.Rows, r => r.Kind == ViolationKind.EarlyDirecting);
        Assert.Contains("20.06.2027", early.Text);
    }

    [Fact]
    public async Task A_higher_stale_threshold_leaves_only_the_application_waiting_since_april()
    {
        // The early one changed on 20.06: 15 working days to 09.07; the forgotten one on 05.04: far more.
        var report = await For(_world.Region.RegionOperator).ReportAsync(2027, staleWorkingDays: 15);

        Assert.Equal(_stale.Id, Assert.Single(report.Rows, r => r.Kind == ViolationKind.Stale).ApplicationId);
    }

    [Fact]
    public async Task A_municipal_operator_sees_only_their_district()
    {
        var report = await For(_world.Region.District1Operator).ReportAsync(2027);

        Assert.Equal(_world.Region.District1.Id, Assert.Single(report.Districts).DistrictId);
        Assert.Equal(3, report.ApplicationsChecked);
        Assert.DoesNotContain(report.Rows, r => r.SchoolId == _world.Region.School2.Id);
    }

    [Fact]
    public async Task Export_lists_every_row_with_russian_headers()
    {
        var file = await For(_world.Region.RegionOperator).ExportAsync(2027);

        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        Assert.Equal("Что нарушено", sheet.Cells[2, 10].Text);
        Assert.Equal("5", sheet.Cells[7, 1].Text);
        Assert.Equal("", sheet.Cells[8, 1].Text);
    }

    [Fact]
    public async Task The_letter_holds_one_districts_rows_and_names_the_district()
    {
        var file = await For(_world.Region.RegionOperator).LetterAsync(2027, _world.Region.District2.Id);

        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        Assert.StartsWith("Второй район: в ходе приемной кампании 2027/2028", sheet.Cells[1, 1].Text);
        Assert.Equal(["Второй район", "Второй район"], new[] { sheet.Cells[3, 2].Text, sheet.Cells[4, 2].Text });
        Assert.Equal("", sheet.Cells[5, 2].Text);
    }

    [Fact]
    public async Task A_teacher_is_refused()
    {
        var teacher = new PortalUser(2001, "teacher1", "Учитель", Domain.Accounts.Role.Teacher, _world.Region.School1.Id, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => For(teacher).ReportAsync(2027));
    }

    [Fact]
    public async Task A_stale_threshold_out_of_range_is_refused_in_russian()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => For(_world.Region.RegionOperator).ReportAsync(2027, staleWorkingDays: 0));

        Assert.Contains("рабочих дней", error.Message);
    }

    [Theory]
    [InlineData(2026, 9, 5, 2025)]
    [InlineData(2026, 9, 6, 2026)]
    public void The_default_campaign_is_the_last_finished_one(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, ViolationsService.LastFinishedYear(new DateOnly(year, month, day)));
    }
}
