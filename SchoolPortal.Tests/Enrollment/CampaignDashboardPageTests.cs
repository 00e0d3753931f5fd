using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// The 2027 first stage: school 1 (Первый район) has three applications, two from EPGU, one of them enrolled; school 2
/// (Второй район) one EPGU application; 30 and 20 grade-1 places.
/// </summary>
public sealed class CampaignDashboardPageTests : EnrollmentPageContext
{
    private readonly EnrollmentApplication _first;

    public CampaignDashboardPageTests()
    {
        var school1 = World.Region.School1.Id;
        using var db = Database.System();
        db.SchoolPlaces.Add(new SchoolPlaces(World.Region.School2.Id, 2027, 20, 0));
        _first = EnrollmentWorld.Build(ApplicationStatus.Registered, "Агеев", "Пётр", null, "100001", school1);
        var enrolled = EnrollmentWorld.Build(ApplicationStatus.Directed, "Борисов", "Иван", null, "100002", school1);
        enrolled.Enroll(World.Region.Pupil1.Id, "Админ школы 1 (admin1)", new DateTimeOffset(2027, 7, 2, 10, 0, 0, TimeSpan.FromHours(5)), EnrollmentWorld.Campaign);
        db.EnrollmentApplications.AddRange(_first, enrolled,
            EnrollmentWorld.Build(ApplicationStatus.UnderReview, "Власов", "Олег", null, "100003", school1, fromEpgu: false),
            EnrollmentWorld.Build(ApplicationStatus.New, "Громов", "Павел", null, "100004", World.Region.School2.Id));
        db.SaveChanges();
    }

    private IRenderedComponent<CampaignDashboardPage> Open(PortalUser user, int? year = null)
    {
        Services.AddSingleton(new CampaignDashboardService(Database.For(user), new EnrollmentSettings(Database.Factory), ManualClock.On(EnrollmentWorld.Today)));
        var cut = RenderFor<CampaignDashboardPage>(user, url: year is null ? null : $"/enrollment/campaign?year={year}");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=campaign-districts] tbody tr")), TimeSpan.FromSeconds(10));
        return cut;
    }

    [Fact]
    public void The_region_operator_sees_the_three_figures_and_every_district()
    {
        var cut = Open(World.Region.RegionOperator);

        Assert.Equal("4", cut.Find("[data-testid=campaign-filed]").TextContent.Trim());
        Assert.Equal("3 (75 %)", cut.Find("[data-testid=campaign-epgu]").TextContent.Trim());
        Assert.Equal("8 %", cut.Find("[data-testid=campaign-places]").TextContent.Trim());
        Assert.Equal("1 (2 %)", cut.Find("[data-testid=campaign-enrolled]").TextContent.Trim());
        Assert.Equal(["Второй район", "Первый район"], DistrictNames(cut));
        Assert.Equal("4", cut.Find("[data-testid=campaign-districts-total-filed]").TextContent.Trim());
    }

    [Fact]
    public void Sorting_by_filed_twice_puts_the_busiest_district_first()
    {
        var cut = Open(World.Region.RegionOperator);

        var filed = cut.FindAll("[data-testid=campaign-districts] th .mud-table-sort-label").Single(h => h.TextContent.Contains("Подано"));
        filed.Click();
        cut.FindAll("[data-testid=campaign-districts] th .mud-table-sort-label").Single(h => h.TextContent.Contains("Подано")).Click();

        cut.WaitForAssertion(() => Assert.Equal(["Первый район", "Второй район"], DistrictNames(cut)));
    }

    [Fact]
    public void The_operator_drills_from_a_district_to_a_school_to_its_applications()
    {
        var cut = Open(World.Region.RegionOperator);

        cut.Find($"[data-testid=campaign-districts-open-{World.Region.District1.Id}]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=campaign-schools] tbody tr")));
        Assert.Equal("3", cut.Find($"[data-testid=campaign-schools-filed-{World.Region.School1.Id}]").TextContent.Trim());

        cut.Find($"[data-testid=campaign-schools-open-{World.Region.School1.Id}]").Click();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=campaign-applications] tbody tr").Count));
        Assert.Equal($"/enrollment/applications/{_first.Id}", cut.Find($"[data-testid=campaign-application-{_first.Id}]").GetAttribute("href"));
        Assert.Contains("МАОУ «СОШ № 1»", cut.Find("[data-testid=campaign-crumbs]").TextContent);
    }

    [Fact]
    public void A_municipal_operator_sees_only_their_district()
    {
        var cut = Open(World.Region.District1Operator);

        Assert.Equal(["Первый район"], DistrictNames(cut));
        Assert.Equal("3", cut.Find("[data-testid=campaign-filed]").TextContent.Trim());
        Assert.Single(cut.FindAll("[data-testid=campaign-places-table] tbody tr"));
    }

    [Fact]
    public void The_year_from_the_address_shows_that_campaign_with_its_order_deadline()
    {
        var cut = Open(World.Region.RegionOperator, year: 2026);

        Assert.Equal("03.07.2026", cut.Find("[data-testid=campaign-order-deadline]").TextContent.Trim());
        Assert.Equal("0", cut.Find("[data-testid=campaign-filed]").TextContent.Trim());
    }

    [Fact]
    public void Places_name_the_schools_with_free_grade_one_places_after_the_first_stage()
    {
        var cut = Open(World.Region.RegionOperator);

        Assert.Contains("МАОУ «СОШ № 1» — 29", cut.Find("[data-testid=campaign-free-after]").TextContent);
        Assert.Contains("нет", cut.Find("[data-testid=campaign-oversubscribed]").TextContent);
    }

    private static List<string> DistrictNames(IRenderedComponent<CampaignDashboardPage> cut) =>
        cut.FindAll("[data-testid=campaign-districts] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
}
