using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>The payment deadline job on a real SQLite database: cancels unpaid places once, gives them to the reserve in order, issues vouchers.</summary>
public sealed class CampDeadlineJobTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;

    public CampDeadlineJobTests() => _world = CampWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_place_granted_on_30_april_is_due_after_five_working_days_of_the_calendar_across_the_may_holidays()
    {
        // The region operator completes 2027 with the May transfers of the decree (art. 112: 01.05 → 03.05, 09.05 → 10.05).
        var calendar = await MayHolidaysAsync();
        var shift = _world.Shift(places: 1);
        var family = _world.NewFamily();
        var grantedAt = RegionTime.At(new DateOnly(2027, 4, 30), new TimeOnly(10, 0));
        var application = await _world.Filing(family.Parent, grantedAt).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));
        var expected = calendar.AddWorkingDays(new DateOnly(2027, 4, 30), CampSeason.DefaultPaymentWorkingDays);
        Assert.True(expected > new DateOnly(2027, 5, 7), $"по календарю срок {expected:dd.MM.yyyy}: праздники не учтены");

        Assert.Equal(expected, application.PaymentDeadline);
        var onTheLastDay = await Job(RegionTime.At(expected, new TimeOnly(23, 50))).RunAsync();
        var theDayAfter = await Job(RegionTime.At(expected.AddDays(1), new TimeOnly(0, 10))).RunAsync();

        Assert.Equal(0, onTheLastDay.Cancelled);
        Assert.Equal(1, theDayAfter.Cancelled);
        using var db = _database.System();
        var cancelled = await db.CampApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
        Assert.Equal(CampApplicationStatus.CancelledUnpaid, cancelled.Status);
        Assert.Equal("Аннулировано: не оплачено в срок", cancelled.StatusName);
        Assert.Equal(0, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
    }

    [Fact]
    public async Task An_unpaid_place_goes_to_the_next_in_reserve_exactly_once_when_the_job_runs_twice()
    {
        var shift = _world.Shift(places: 1);
        var (holder, next, after) = (_world.NewFamily(), _world.NewFamily(), _world.NewFamily());
        var at = CampWorld.Opening.AddSeconds(1);
        var held = await Apply(holder, shift, at);
        var second = await Apply(next, shift, at.AddSeconds(1));
        var third = await Apply(after, shift, at.AddSeconds(2));
        var pastDeadline = RegionTime.At(held.PaymentDeadline!.Value.AddDays(1), new TimeOnly(9, 0));

        var first = await Job(pastDeadline).RunAsync();
        var again = await Job(pastDeadline.AddMinutes(15)).RunAsync();

        Assert.Equal(new CampDeadlineResult(1, 1, 0), first);
        Assert.Equal(CampDeadlineResult.None, again);
        using var db = _database.System();
        var rows = await db.CampApplications.AsNoTracking().ToDictionaryAsync(a => a.Id);
        Assert.Equal(
            (CampApplicationStatus.CancelledUnpaid, CampApplicationStatus.Granted, CampApplicationStatus.Reserve),
            (rows[held.Id].Status, rows[second.Id].Status, rows[third.Id].Status));
        Assert.Equal(1, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
        Assert.Equal(1, await db.CampStatusChanges.CountAsync(h => h.ApplicationId == second.Id && h.Status == CampApplicationStatus.Granted));
        var notices = (await db.CampNotices.AsNoTracking().ToListAsync()).Where(n => n.At >= pastDeadline).ToList();
        Assert.Equal(
            [(held.Id, CampApplicationStatus.CancelledUnpaid), (second.Id, CampApplicationStatus.Granted)],
            notices.Select(n => (n.ApplicationId, n.Status)).Order().ToList());
        Assert.True(rows[second.Id].PaymentDeadline > held.PaymentDeadline, "the next parent gets a new term to pay from the day of the offer");
    }

    [Fact]
    public async Task The_job_issues_the_vouchers_of_paid_places_and_leaves_unpaid_places_within_their_term_alone()
    {
        var shift = _world.Shift(places: 2);
        var (paid, waiting) = (_world.NewFamily(), _world.NewFamily());
        var at = CampWorld.Opening.AddSeconds(1);
        var application = await Apply(paid, shift, at);
        var unpaid = await Apply(waiting, shift, at.AddSeconds(1));
        using (var db = _database.System())
        {
            var row = await db.CampApplications.SingleAsync(a => a.Id == application.Id);
            row.RecordPayment(5_000m, new DateOnly(2027, 4, 26), "п/п 1", at.AddDays(1), "Банк");
            await db.SaveChangesAsync();
        }

        var result = await Job(at.AddDays(1)).RunAsync();

        Assert.Equal(new CampDeadlineResult(0, 0, 1), result);
        using var check = _database.System();
        Assert.Equal(CampApplicationStatus.VoucherIssued, (await check.CampApplications.SingleAsync(a => a.Id == application.Id)).Status);
        Assert.Equal(CampApplicationStatus.Granted, (await check.CampApplications.SingleAsync(a => a.Id == unpaid.Id)).Status);
    }

    private Task<CampApplication> Apply(Family family, CampShift shift, DateTimeOffset at) =>
        _world.Filing(family.Parent, at).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

    private CampDeadlineJob Job(DateTimeOffset now) =>
        new(_database.Factory, _world.Allocator(now), new ManualClock(now), NullLogger<CampDeadlineJob>.Instance);

    private async Task<ProductionCalendar> MayHolidaysAsync()
    {
        var settings = new EnrollmentSettings(_database.Factory);
        using var db = _database.System();
        await settings.CalendarAsync(db);
        foreach (var day in new[] { new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 10) })
            if (!await db.CalendarDays.AnyAsync(d => d.Date == day))
                db.CalendarDays.Add(new CalendarDay(day, CalendarDayKind.Holiday, "Перенос выходного дня"));
        await db.SaveChangesAsync();
        return await settings.CalendarAsync(db);
    }
}
