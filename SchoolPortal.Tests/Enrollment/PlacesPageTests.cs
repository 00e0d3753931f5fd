using Bunit;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>School 1 published 30 grade-1 and 25 grade-10 places for 2027; school 2 published none.</summary>
public sealed class PlacesPageTests : EnrollmentPageContext
{
    [Fact]
    public void A_school_administrator_publishes_the_places_of_the_campaign()
    {
        var cut = RenderFor<PlacesPage>(World.Region.Admin1);
        cut.WaitForAssertion(() => Assert.Equal("30", cut.Find("[data-testid=places-grade1]").GetAttribute("value")));

        cut.Find("[data-testid=places-grade1]").Change("40");
        cut.Find("[data-testid=places-publish]").Click();

        cut.WaitForAssertion(() => Assert.Contains("в 1 класс — 40, в 10 класс — 25", cut.Find("[data-testid=places-message]").TextContent));
        Assert.Contains("свободно 40", cut.Find("[data-testid=places-grade1]").Closest(".mud-input-control")!.TextContent);
    }

    [Fact]
    public void The_region_operator_sees_every_school_and_which_have_not_published()
    {
        var cut = RenderFor<PlacesPage>(World.Region.RegionOperator);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=places-table] tbody tr").Count));
        Assert.Contains("30", cut.Find($"[data-testid=places-school-{World.Region.School1.Id}]").ParentElement!.TextContent);
        Assert.Contains("места не опубликованы", cut.Find($"[data-testid=places-school-{World.Region.School2.Id}]").ParentElement!.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=places-own]"));
    }
}
