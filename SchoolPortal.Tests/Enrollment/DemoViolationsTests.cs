using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>The demo's finished 2026 campaign as the region operator sees it on the demo's day: the planted violations are found where they were planted.</summary>
public sealed class DemoViolationsTests(DemoRegionFixture demo) : IClassFixture<DemoRegionFixture>
{
    private static readonly PortalUser Operator = new(1, "operator", "Оператор региона", Domain.Accounts.Role.RegionOperator, null, null);

    private Task<ViolationReport> ReportAsync() =>
        new ViolationsService(demo.Database.For(Operator), new EnrollmentSettings(demo.Database.Factory), ManualClock.On(DemoRegionGenerator.FixedDay))
            .ReportAsync(ViolationsService.LastFinishedYear(DemoRegionGenerator.FixedDay));

    [Fact]
    public async Task Early_directing_is_found_in_the_planted_district_only()
    {
        await using var db = demo.Database.System();
        var districts = await db.Municipalities.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();

        var report = await ReportAsync();

        Assert.Equal(2026, report.Year);
        Assert.Equal([districts[1]], report.Rows.Where(r => r.Kind == ViolationKind.EarlyDirecting).Select(r => r.DistrictId).Distinct());
        Assert.All(report.Rows.Where(r => r.Kind == ViolationKind.EarlyDirecting), r => Assert.Contains("20.06.2026", r.Text));
    }

    [Fact]
    public async Task Late_orders_are_found_in_the_planted_schools_only_with_the_deadline_of_3_july_2026()
    {
        var report = await ReportAsync();

        var late = report.Rows.Where(r => r.Kind == ViolationKind.LateOrder).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, r => Assert.True(DemoEnrollmentWriter.IssuesLateOrder(r.SchoolId), $"школа {r.SchoolId}"));
        Assert.All(late, r => Assert.Equal(new DateOnly(2026, 7, 3), r.Deadline));
        Assert.Equal(new DateOnly(2026, 7, 3), report.OrderDeadline);
    }
}
