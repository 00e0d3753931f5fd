using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.NewYear;

/// <summary>The operators' opening of many schools, and the undo refused once the new year is in use.</summary>
public sealed class RolloverRequestTests
{
    [Fact]
    public async Task The_region_operator_starts_one_job_per_ready_school_and_is_told_why_the_others_wait()
    {
        using var world = new RolloverWorld();

        var results = await world.Engine(world.Region.RegionOperator).OpenManyAsync([world.Region.School1.Id, world.Region.School2.Id]);

        var ready = Assert.Single(results, r => r.SchoolId == world.Region.School1.Id);
        Assert.NotNull(ready.OperationId);
        Assert.Null(ready.Refusal);
        var waiting = Assert.Single(results, r => r.SchoolId == world.Region.School2.Id);
        Assert.Null(waiting.OperationId);
        Assert.Contains("не начато", waiting.Refusal);
        await using var db = world.Database.System();
        var plan = await db.RolloverPlans.SingleAsync(p => p.Id == world.PlanId);
        Assert.Equal((RolloverState.Opening, ready.OperationId), (plan.State, plan.OperationId));
        Assert.Equal(1, await db.LongOperations.CountAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => world.Engine(world.Region.Admin1).OpenManyAsync([world.Region.School1.Id]));
    }

    [Fact]
    public async Task Undo_is_refused_once_a_lesson_of_the_new_year_has_marks()
    {
        using var world = new RolloverWorld();
        await world.OpenAsync();
        var engine = world.Engine(world.Region.Admin1);
        Assert.True((await engine.CanUndoAsync(world.PlanId)).Allowed);

        await using (var db = world.Database.System())
        {
            var plan = await db.RolloverPlans.SingleAsync(p => p.Id == world.PlanId);
            var sixth = await db.Classes.SingleAsync(c => c.AcademicYearId == plan.ToYearId && c.Grade == 6);
            var period = await db.StudyPeriods.Where(p => p.AcademicYearId == plan.ToYearId).OrderBy(p => p.StartsOn).FirstAsync();
            var pupil = await db.Pupils.FirstAsync(p => p.CurrentClassId == sixth.Id);
            var subject = new Subject(world.Region.School1.Id, "Математика");
            db.Subjects.Add(subject);
            await db.SaveChangesAsync();
            var teacher = await db.Employees.FirstAsync(e => e.SchoolId == world.Region.School1.Id && e.DismissedOn == null);
            var lesson = new Lesson(world.Region.School1.Id, new PlannedLesson(sixth.Id, period.Id, period.StartsOn, 1, null, subject.Id, teacher.Id, "101", null));
            db.Lessons.Add(lesson);
            await db.SaveChangesAsync();
            var cell = new JournalCell(world.Region.School1.Id, lesson.Id, pupil.Id);
            cell.Change(CellInput.Parse("5", MarkList.Empty, WorkType.Answer, GradingScale.Marks), 0, "teacher", RolloverWorld.Clock.GetUtcNow());
            db.JournalCells.Add(cell);
            await db.SaveChangesAsync();
        }
        var opened = world.Dump();

        var check = await engine.CanUndoAsync(world.PlanId);
        Assert.False(check.Allowed);
        Assert.Contains("отметки", check.Reason);
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() => engine.UndoAsync(world.PlanId));
        Assert.Equal(opened, world.Dump());
    }
}
