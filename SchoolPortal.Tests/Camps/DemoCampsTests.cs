using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>The demo's camp season on the demo's day (<see cref="DemoRegionGenerator.FixedDay"/>): what the operators and the jobs find in it.</summary>
public sealed class DemoCampsTests(DemoRegionFixture demo) : IClassFixture<DemoRegionFixture>
{
    private static readonly DateOnly Today = DemoRegionGenerator.FixedDay;

    [Fact]
    public async Task The_season_of_the_coming_summer_has_30_camps_of_every_kind_with_3_shifts_each_across_every_district()
    {
        await using var db = demo.Database.System();

        var season = await db.CampSeasons.SingleAsync();
        var camps = await db.Camps.ToListAsync();
        var shifts = await db.CampShifts.ToListAsync();
        Assert.Equal(2027, season.Year);
        Assert.Equal(30, camps.Count);
        Assert.All(camps.GroupJoin(shifts, c => c.Id, s => s.CampId, (c, s) => s.Count()), count => Assert.Equal(3, count));
        Assert.All(shifts, s => Assert.Equal(2027, s.Year));
        Assert.Equal(Enum.GetValues<CampKind>().Order(), camps.Select(c => c.Kind).Distinct().Order());
        Assert.Equal(await db.Municipalities.Select(m => m.Id).OrderBy(id => id).ToListAsync(), camps.Select(c => c.MunicipalityId).Distinct().Order());
        Assert.Contains(camps, c => c.Name == "Лагерь «Солнечный»");
        var district = await db.Municipalities.ToDictionaryAsync(m => m.Id, m => m.Name);
        Assert.Contains(camps, c => c.Address.Contains("г. Челябинск") && district[c.MunicipalityId].StartsWith("Челябинский"));
    }

    [Fact]
    public async Task Booking_is_open_on_the_demos_day_and_opened_at_most_three_weeks_before()
    {
        await using var db = demo.Database.System();

        var season = await db.CampSeasons.SingleAsync();
        Assert.True(season.IsOpen(RegionTime.At(Today, TimeOnly.MinValue)));
        Assert.InRange(Today.DayNumber - DateOnly.FromDateTime(RegionTime.ToRegion(season.BookingOpensAt).DateTime).DayNumber, 6, 21);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(RegionTime.ToRegion(season.BookingOpensAt).DateTime));
    }

    [Fact]
    public async Task Each_shifts_taken_places_are_exactly_its_holding_applications()
    {
        await using var db = demo.Database.System();

        var holding = await db.CampApplications
            .Where(a => a.Status == CampApplicationStatus.Granted || a.Status == CampApplicationStatus.Paid || a.Status == CampApplicationStatus.VoucherIssued)
            .GroupBy(a => a.ShiftId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key!.Value, x => x.Count);
        var shifts = await db.CampShifts.ToListAsync();

        Assert.All(shifts, s => Assert.Equal(holding.GetValueOrDefault(s.Id), s.Taken));
        Assert.All(shifts, s => Assert.InRange(s.Taken, 0, s.Places));
        Assert.InRange(await db.CampApplications.CountAsync(), 200, 400);
    }

    [Fact]
    public async Task The_demo_has_paid_places_issued_vouchers_a_reserve_on_full_shifts_and_exactly_one_overdue_unpaid_place()
    {
        await using var db = demo.Database.System();
        var applications = await db.CampApplications.Include(a => a.History).ToListAsync();
        var shifts = await db.CampShifts.ToDictionaryAsync(s => s.Id);

        var overdue = Assert.Single(applications, a => a.IsOverdue(Today));
        Assert.Equal("Место предоставлено — ожидает оплаты", overdue.StatusName);
        Assert.Contains(applications, a => a.Status == CampApplicationStatus.Paid);
        Assert.Contains(applications, a => a.Status == CampApplicationStatus.VoucherIssued);
        Assert.Contains(applications, a => a.Status == CampApplicationStatus.Granted && !a.IsOverdue(Today));
        var reserve = applications.Where(a => a.Status == CampApplicationStatus.Reserve).ToList();
        Assert.NotEmpty(reserve);
        Assert.All(reserve, a => Assert.All(a.Choices, id => Assert.True(shifts[id].FreePlaces == 0 || !shifts[id].Takes(a.ChildBirthDate),
            $"{a.Number} в резерве, а в смене {id} есть место")));
        Assert.All(applications.Where(a => a.Status is CampApplicationStatus.Paid or CampApplicationStatus.VoucherIssued),
            a => Assert.Equal(a.AmountDue, a.PaidAmount));
        Assert.DoesNotContain(applications, a => a.Status == CampApplicationStatus.Submitted);
    }

    [Fact]
    public async Task Every_status_change_after_filing_has_its_notice_to_the_parent()
    {
        await using var db = demo.Database.System();

        var changes = await db.CampStatusChanges.CountAsync(h => h.Status != CampApplicationStatus.Submitted);
        var notices = await db.CampNotices.ToListAsync();
        var parents = await db.CampApplications.ToDictionaryAsync(a => a.Id, a => a.ParentId);

        Assert.Equal(changes, notices.Count);
        Assert.All(notices, n => Assert.Equal(parents[n.ApplicationId], n.ParentId));
        Assert.Contains(notices, n => n.Status == CampApplicationStatus.Granted && n.Text.Contains("предоставлено место"));
        Assert.Contains(notices, n => n.ReadAt is null);
    }

    [Fact]
    public async Task The_allocator_finds_nothing_to_give_and_the_overview_agrees_with_the_shifts()
    {
        var clock = ManualClock.On(Today);
        var allocator = new CampAllocator(demo.Database.Factory, new EnrollmentSettings(demo.Database.Factory), clock);
        var operatorUser = new PortalUser(1, "operator", "Оператор региона", Domain.Accounts.Role.RegionOperator, null, null);

        var granted = await allocator.AllocateAsync(2027);
        var overview = await new CampOverviewService(demo.Database.For(operatorUser), demo.Database.Factory, clock).OverviewAsync(2027);

        await using var db = demo.Database.System();
        Assert.Equal(0, granted);
        Assert.Equal(await db.CampShifts.SumAsync(s => s.Taken), overview.Total.Counts.Granted);
        Assert.Equal(await db.CampShifts.SumAsync(s => s.Places), overview.Total.Counts.Places);
        Assert.Equal(await db.CampApplications.CountAsync(a => a.Status == CampApplicationStatus.Reserve), overview.Total.Counts.Reserve);
        Assert.Equal(90, overview.Shifts.Count);
        Assert.Equal(3, overview.Districts.Count);
        Assert.True(overview.Total.Counts.Received > 0 && overview.Total.Counts.Due > 0);
    }
}
