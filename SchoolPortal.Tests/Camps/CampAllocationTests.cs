using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Camps;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>The booking minute on a real SQLite database: places never oversold, the queue kept, the opening kept.</summary>
public sealed class CampAllocationTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;

    public CampAllocationTests() => _world = CampWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Forty_parents_applying_at_once_on_two_nodes_for_ten_places_get_exactly_ten_in_queue_order_and_the_rest_wait_in_reserve()
    {
        var shift = _world.Shift(places: 10);
        var families = Enumerable.Range(0, 40).Select(_ => _world.NewFamily()).ToList();
        var clock = new TickingClock(CampWorld.Opening);
        var node = _world.Allocator(clock);
        var otherNode = _world.Allocator(clock);

        var filed = await Task.WhenAll(families.Select((f, i) => Task.Run(() =>
            _world.Filing(f.Parent, i % 2 == 0 ? node : otherNode).ApplyAsync(new CampRequest(f.PupilId, [shift.Id], CampPriority.General, null)))));

        using var db = _database.System();
        var applications = await db.CampApplications.AsNoTracking().ToListAsync();
        var granted = applications.Where(a => a.Status == CampApplicationStatus.Granted).ToList();
        var reserve = applications.Where(a => a.Status == CampApplicationStatus.Reserve).ToList();
        Assert.Equal((40, 10, 30), (filed.Length, granted.Count, reserve.Count));
        Assert.Equal(10, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
        Assert.All(granted, g => Assert.All(reserve, r => Assert.True(CampQueue.ComesBefore(g, r),
            $"{r.Number} ({r.FiledAt:HH:mm:ss.fff}) в резерве, а {g.Number} ({g.FiledAt:HH:mm:ss.fff}) получило место")));
        Assert.Equal(40, await db.CampNotices.CountAsync());
    }

    [Fact]
    public async Task A_double_click_filed_in_the_same_batch_as_others_is_refused_once_and_the_others_are_filed()
    {
        var shift = _world.Shift(places: 20);
        var families = Enumerable.Range(0, 8).Select(_ => _world.NewFamily()).ToList();
        var node = _world.Allocator(new TickingClock(CampWorld.Opening));
        var twice = families.Prepend(families[0]).ToList();

        var outcomes = await Task.WhenAll(twice.Select(f => Task.Run(async () =>
        {
            try
            {
                return (await _world.Filing(f.Parent, node).ApplyAsync(new CampRequest(f.PupilId, [shift.Id], CampPriority.General, null))).StatusName;
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        })));

        Assert.Equal(8, outcomes.Count(o => o == "Место предоставлено — ожидает оплаты"));
        Assert.Single(outcomes, o => o.StartsWith("Для этого ребенка уже есть заявление", StringComparison.Ordinal));
        using var db = _database.System();
        Assert.Equal(8, await db.CampApplications.CountAsync());
    }

    [Fact]
    public async Task A_freed_place_goes_to_the_extraordinary_category_before_an_earlier_general_application()
    {
        var shift = _world.Shift(places: 1);
        var first = _world.NewFamily();
        var general = _world.NewFamily();
        var extraordinary = _world.NewFamily();
        var at = CampWorld.Opening.AddSeconds(1);
        var holder = await _world.Filing(first.Parent, at).ApplyAsync(new CampRequest(first.PupilId, [shift.Id], CampPriority.General, null));
        var early = await _world.Filing(general.Parent, at.AddSeconds(1)).ApplyAsync(new CampRequest(general.PupilId, [shift.Id], CampPriority.General, null));
        var later = await _world.Filing(extraordinary.Parent, at.AddSeconds(2))
            .ApplyAsync(new CampRequest(extraordinary.PupilId, [shift.Id], CampPriority.Extraordinary, "Справка военкомата № 12"));
        Assert.Equal((CampApplicationStatus.Granted, CampApplicationStatus.Reserve, CampApplicationStatus.Reserve), (holder.Status, early.Status, later.Status));

        var allocator = _world.Allocator(at.AddDays(1));
        await allocator.UnderSeasonLockAsync(CampWorld.Year, SchoolPortal.Data.Auditing.AuditActor.System, async (db, held) =>
        {
            var application = await db.CampApplications.SingleAsync(a => a.Id == holder.Id);
            application.Withdraw(held.Now, "Летова", null);
            (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Release();
            await db.SaveChangesAsync();
            return 0;
        });
        var firstOffer = await allocator.AllocateAsync(CampWorld.Year);
        var secondOffer = await allocator.AllocateAsync(CampWorld.Year);

        using var check = _database.System();
        Assert.Equal((1, 0), (firstOffer, secondOffer));
        Assert.Equal(CampApplicationStatus.Granted, (await check.CampApplications.SingleAsync(a => a.Id == later.Id)).Status);
        Assert.Equal(CampApplicationStatus.Reserve, (await check.CampApplications.SingleAsync(a => a.Id == early.Id)).Status);
        Assert.Equal(1, (await check.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken);
    }

    [Fact]
    public async Task A_minute_before_the_opening_the_server_refuses_and_says_when_booking_opens()
    {
        var shift = _world.Shift(places: 5);
        var family = _world.NewFamily();

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _world.Filing(family.Parent, CampWorld.Opening.AddMinutes(-1))
            .ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null)));

        Assert.Contains("откроется 25.04.2027 09:00", refusal.Message);
        using var db = _database.System();
        Assert.Equal(0, await db.CampApplications.CountAsync());
    }

    [Fact]
    public async Task A_parent_cannot_apply_for_another_familys_child()
    {
        var shift = _world.Shift(places: 5);
        var mine = _world.NewFamily();
        var theirs = _world.NewFamily();

        await Assert.ThrowsAsync<AccessDeniedException>(() => _world.Filing(mine.Parent, CampWorld.Opening)
            .ApplyAsync(new CampRequest(theirs.PupilId, [shift.Id], CampPriority.General, null)));
    }

    [Fact]
    public async Task A_child_who_holds_a_place_gets_the_next_choice_that_does_not_overlap_it()
    {
        var june = _world.Shift(places: 5, startsOn: new DateOnly(2027, 6, 1), name: "1 смена");
        var juneAgain = _world.Shift(places: 5, startsOn: new DateOnly(2027, 6, 10), name: "1 смена (профильная)");
        var july = _world.Shift(places: 5, startsOn: new DateOnly(2027, 7, 1), name: "2 смена");
        var family = _world.NewFamily();
        await _world.Filing(family.Parent, CampWorld.Opening).ApplyAsync(new CampRequest(family.PupilId, [june.Id], CampPriority.General, null));

        var second = await _world.Filing(family.Parent, CampWorld.Opening.AddMinutes(1))
            .ApplyAsync(new CampRequest(family.PupilId, [juneAgain.Id, july.Id], CampPriority.General, null));

        Assert.Equal(july.Id, second.ShiftId);
    }

    [Fact]
    public async Task The_same_shift_twice_for_one_child_is_refused_with_the_first_applications_number()
    {
        var shift = _world.Shift(places: 5);
        var family = _world.NewFamily();
        var first = await _world.Filing(family.Parent, CampWorld.Opening).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _world.Filing(family.Parent, CampWorld.Opening.AddSeconds(5))
            .ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null)));

        Assert.Contains(first.Number, refusal.Message);
    }

    [Fact]
    public async Task A_child_outside_the_shifts_ages_is_refused_with_the_age_the_child_will_be()
    {
        var shift = _world.Shift(places: 5, minAge: 14, maxAge: 17);
        var family = _world.NewFamily(new DateOnly(2018, 1, 1));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _world.Filing(family.Parent, CampWorld.Opening)
            .ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null)));

        Assert.Contains("для детей 14–17 лет, а ребенку к началу смены будет 9", refusal.Message);
    }
}
