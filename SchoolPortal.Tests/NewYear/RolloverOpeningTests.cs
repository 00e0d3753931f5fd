using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.NewYear.Engine;
using SchoolPortal.Features.Reports;

namespace SchoolPortal.Tests.NewYear;

public sealed class RolloverOpeningTests
{
    [Fact]
    public async Task Opening_twice_gives_the_same_database_as_opening_once()
    {
        using var world = new RolloverWorld();

        var counts = await world.OpenAsync();
        var once = world.Dump(withPlans: true);
        var again = await world.OpenAsync();

        Assert.NotNull(counts);
        Assert.Null(again);
        Assert.Equal(once, world.Dump(withPlans: true));
    }

    [Fact]
    public async Task Opening_killed_half_way_leaves_nothing_and_the_rerun_equals_a_clean_run()
    {
        using var clean = new RolloverWorld();
        await clean.OpenAsync();
        using var killed = new RolloverWorld();
        var before = killed.Dump();

        await Assert.ThrowsAsync<InvalidOperationException>(() => killed.OpenAsync((done, _, _) =>
            done == 6 ? throw new InvalidOperationException("worker killed") : Task.CompletedTask));
        Assert.Equal(before, killed.Dump());
        await killed.OpenAsync();

        Assert.Equal(clean.Dump(withPlans: true), killed.Dump(withPlans: true));
    }

    [Fact]
    public async Task Opening_moves_every_pupil_into_exactly_one_state()
    {
        using var world = new RolloverWorld();

        var counts = await world.OpenAsync();

        Assert.Equal(new MoveCounts(Promoted: 2, Repeaters: 1, Graduates: 2, Leavers: 1, Enrolled: 1, Withdrawn: 0, StaffLeaving: 1), counts);
        await using var db = world.Database.System();
        var plan = await db.RolloverPlans.SingleAsync(p => p.Id == world.PlanId);
        Assert.Equal(RolloverState.Opened, plan.State);
        Assert.Equal(AcademicYearStatus.Current, (await db.AcademicYears.SingleAsync(y => y.Id == plan.ToYearId)).Status);
        Assert.Equal(AcademicYearStatus.Closed, (await db.AcademicYears.SingleAsync(y => y.Id == plan.FromYearId)).Status);
        var pupils = await db.Pupils.Where(p => p.SchoolId == world.Region.School1.Id).Include(p => p.Memberships).ToListAsync();
        var newClasses = await db.Classes.Where(c => c.AcademicYearId == plan.ToYearId).ToDictionaryAsync(c => c.Id, c => c.Name);
        Assert.Equal("6А", newClasses[pupils.Single(p => p.Id == world.Region.Pupil1.Id).CurrentClassId!.Value]);
        var graduate = pupils.Single(p => p.Id == world.GraduateId);
        Assert.Equal((PupilStatus.Graduated, "15-у", (int?)null), (graduate.Status, graduate.LeavingOrder, graduate.CurrentClassId));
        Assert.All(pupils, p => Assert.True(p.Memberships.Count(m => m.IsOpen) == (p.Status == PupilStatus.Enrolled ? 1 : 0), p.Name.Full));
        Assert.Equal(new DateOnly(2027, 8, 31), (await db.Employees.SingleAsync(e => e.Id == world.StaffLeaverId)).DismissedOn);
        Assert.Contains(await db.AuditLog.Where(a => a.SchoolId == world.Region.School1.Id).ToListAsync(), a => a.EntityType == nameof(RolloverPlan));
    }

    [Fact]
    public async Task Last_years_class_list_still_shows_its_pupils_after_the_opening()
    {
        using var world = new RolloverWorld();

        await world.OpenAsync();

        await using var db = world.Database.System();
        var stays = await ClassStays.LoadAsync(db, [world.OldFifthId], new DateOnly(2026, 9, 1), new DateOnly(2027, 5, 31), CancellationToken.None);
        Assert.Equal(["Второгодников", "Иванов", "Уходов"], stays.Select(s => s.Name.Surname).Order());
        Assert.All(stays, s => Assert.NotNull(s.Stay.To));
    }

    [Fact]
    public async Task Undo_restores_the_state_before_the_opening()
    {
        using var world = new RolloverWorld();
        var before = world.Dump();
        var engine = world.Engine(world.Region.Admin1);
        await world.OpenAsync();

        Assert.True((await engine.CanUndoAsync(world.PlanId)).Allowed);
        await engine.UndoAsync(world.PlanId);

        Assert.Equal(before, world.Dump());
        await using var db = world.Database.System();
        Assert.Equal(RolloverState.Draft, (await db.RolloverPlans.SingleAsync(p => p.Id == world.PlanId)).State);
        // And the school can be opened again.
        Assert.NotNull(await world.OpenAsync());
    }

    [Fact]
    public async Task Another_schools_admin_is_refused_and_the_district_operator_sees_the_preview()
    {
        using var world = new RolloverWorld();

        await Assert.ThrowsAsync<AccessDeniedException>(() => world.Engine(world.Region.Admin2).PreviewAsync(world.PlanId));
        var preview = await world.Engine(world.Region.District1Operator).PreviewAsync(world.PlanId);

        Assert.True(preview.CanOpen, string.Join("; ", preview.Blockers));
        Assert.Equal(("2026/2027", "2027/2028", 2, 1), (preview.FromYear, preview.ToYear, preview.Promoted, preview.Repeaters));
        Assert.Contains(preview.Classes, c => c.Name == "6А" && c.From == "5А" && c.Pupils == 1);
        Assert.Contains(preview.NotPromoted, l => l.Move == "повторное обучение" && l.FromClass == "5А" && l.ToClass == "5А");
    }

    [Fact]
    public async Task A_graduate_without_order_number_blocks_the_opening()
    {
        using var world = new RolloverWorld();
        await using (var db = world.Database.System())
            await db.PupilMoves.Where(m => m.PupilId == world.GraduateId).ExecuteUpdateAsync(u => u.SetProperty(m => m.OrderNumber, (string?)null));

        var problems = await world.Engine(world.Region.Admin1).MovementProblemsAsync(world.PlanId);

        var problem = Assert.Single(problems);
        Assert.Equal(("11А", "Выпускной Тест"), (problem.ClassName, problem.PupilName));
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() => world.Engine(world.Region.Admin1).OpenAsync(world.PlanId));
    }
}
