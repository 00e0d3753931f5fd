using Bunit;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class CampaignSettingsPageTests : EnrollmentPageContext
{
    [Fact]
    public void A_school_administrator_sees_the_orders_default_dates_and_deadline_without_editing()
    {
        var cut = RenderFor<CampaignSettingsPage>(World.Region.Admin1);

        cut.WaitForAssertion(() => Assert.Contains("по умолчанию (Приказ № 458)", cut.Find("[data-testid=settings-saved]").TextContent));
        Assert.Equal("01.04.2027", cut.Find("[data-testid=settings-first-start]").GetAttribute("value"));
        Assert.Equal("30.06.2027", cut.Find("[data-testid=settings-first-end]").GetAttribute("value"));
        Assert.Contains("не позднее 05.07.2027", cut.Find("[data-testid=settings-deadline]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=settings-save]"));
        Assert.Empty(cut.FindAll("[data-testid=calendar-add]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=calendar-table] tbody tr"));
    }

    [Fact]
    public void A_directing_day_inside_the_first_stage_is_refused_under_its_field()
    {
        var cut = RenderFor<CampaignSettingsPage>(World.Region.RegionOperator);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=settings-save]")));

        cut.Find("[data-testid=settings-directing]").Change("25.06.2027");
        cut.Find("[data-testid=settings-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("нельзя направлять в ООО до окончания первого этапа",
            cut.Find("[data-testid=settings-directing]").Closest(".mud-input-control")!.TextContent));
        Assert.Contains("по умолчанию", cut.Find("[data-testid=settings-saved]").TextContent);
    }

    [Fact]
    public async Task The_region_operator_marks_a_day_off_and_the_order_deadline_moves()
    {
        var cut = RenderFor<CampaignSettingsPage>(World.Region.RegionOperator);
        cut.WaitForAssertion(() => Assert.Contains("не позднее 05.07.2027", cut.Find("[data-testid=settings-deadline]").TextContent));

        cut.Find("[data-testid=calendar-date]").Change("02.07.2027");
        cut.Find("[data-testid=calendar-comment]").Change("Региональный праздник");
        cut.Find("[data-testid=calendar-save]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=calendar-day-2027-07-02]")));
        Assert.Contains("не позднее 06.07.2027", cut.Find("[data-testid=settings-deadline]").TextContent);
        await using var db = Database.System();
        Assert.Equal(CalendarDayKind.Holiday, (await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2027, 7, 2))).Kind);
    }
}
