using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>On 09.07.2027: school 1 (district 1) has an application directed on 20.06.2027, school 2 (district 2) one under review since 05.04.2027.</summary>
public sealed class ViolationsPageTests : EnrollmentPageContext
{
    private static readonly DateOnly Today = new(2027, 7, 9);

    private (EnrollmentApplication Early, EnrollmentApplication Stale) Plant()
    {
        using var db = Database.System();
        var early = EnrollmentWorld.Build(ApplicationStatus.UnderReview, "Ранний", "Пётр", null, "300001", World.Region.School1.Id);
        early.Direct("admin1", new DateTimeOffset(2027, 6, 20, 9, 0, 0, TimeSpan.Zero), EnrollmentWorld.Campaign.DirectingAllowedFrom, EnrollmentWorld.Campaign);
        var stale = EnrollmentWorld.Build(ApplicationStatus.UnderReview, "Забытый", "Лев", null, "300002", World.Region.School2.Id);
        db.EnrollmentApplications.AddRange(early, stale);
        db.SaveChanges();
        return (early, stale);
    }

    private IRenderedComponent<ViolationsPage> Open(PortalUser user, string url = "enrollment/violations?year=2027")
    {
        Services.AddSingleton(new ViolationsService(Database.For(user), new EnrollmentSettings(Database.Factory), ManualClock.On(Today)));
        return RenderFor<ViolationsPage>(user, Today, url);
    }

    [Fact]
    public void The_region_operator_sees_both_districts_and_opens_one_down_to_the_applications()
    {
        var (early, _) = Plant();

        var cut = Open(World.Region.RegionOperator);

        cut.WaitForAssertion(() => Assert.Contains("нарушений: 3, заявлений: 2", cut.Find("[data-testid=violations-total]").TextContent));
        Assert.Contains("не позднее 05.07.2027", cut.Find("[data-testid=violations-dates]").TextContent);
        Assert.Contains("Первый район", cut.Find($"[data-testid=district-{World.Region.District1.Id}]").TextContent);
        Assert.Contains("Второй район", cut.Find($"[data-testid=district-{World.Region.District2.Id}]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=violation-row]"));

        cut.Find($"[data-testid=district-{World.Region.District1.Id}] a").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=violation-row]").Count));
        var row = cut.FindAll("[data-testid=violation-row]")[0];
        Assert.Equal($"/enrollment/applications/{early.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("20.06.2027", row.TextContent);
        Assert.Contains("п. 17", row.TextContent);
        Assert.StartsWith("Первый район: в ходе приемной кампании 2027/2028", cut.Find("[data-testid=letter-body]").TextContent.Trim());
        Assert.NotNull(cut.Find($"[data-testid=letter-{World.Region.District1.Id}]"));
    }

    [Fact]
    public void A_municipal_operator_sees_only_their_district()
    {
        Plant();

        var cut = Open(World.Region.District1Operator);

        cut.WaitForAssertion(() => Assert.Contains("нарушений: 2, заявлений: 1", cut.Find("[data-testid=violations-total]").TextContent));
        Assert.Empty(cut.FindAll($"[data-testid=district-{World.Region.District2.Id}]"));
    }

    [Fact]
    public void Without_a_year_the_page_opens_the_last_finished_campaign()
    {
        Plant();

        var cut = Open(World.Region.RegionOperator, "enrollment/violations");

        cut.WaitForAssertion(() => Assert.Contains("Кампания 2026/2027", cut.Find("[data-testid=violations-dates]").TextContent));
        Assert.Contains("Нарушений Порядка приема в этой кампании не найдено.", cut.Find("[data-testid=violations-none]").TextContent);
    }
}
