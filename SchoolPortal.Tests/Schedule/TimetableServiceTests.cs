using Microsoft.EntityFrameworkCore;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Schedule;

public sealed class TimetableServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ScheduleWorld _world;

    public TimetableServiceTests() => _world = ScheduleWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Saving_a_line_generates_the_periods_lessons_from_today_around_the_class_holidays()
    {
        var timetable = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));

        var result = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        var lessons = await _world.LessonsAsync(_world.Class5A);
        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 21)], lessons.Select(l => l.Date));
        Assert.All(lessons, l => Assert.Equal((_world.Math.Id, _world.Ivanova.Id, "214", 1), (l.SubjectId, l.TeacherId, l.Room, l.Number)));
        Assert.Equal(3, result.Lessons!.Added);
        Assert.Empty(result.Lessons.Kept);
    }

    [Fact]
    public async Task Timetable_change_keeps_marked_lessons_and_moves_the_unmarked_future_ones()
    {
        var clock = ManualClock.On(ScheduleWorld.QuarterStart);
        var timetable = _world.Timetable(_world.Admin1, clock);
        var saved = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Saturday, 1, _world.Math, _world.Ivanova));
        var entryId = saved.Save.Id!.Value;
        clock.Advance(TimeSpan.FromDays(19)); // Saturday 28.11.2026
        var before = await _world.LessonsAsync(_world.Class5A);
        var marked = before.Single(l => l.Date == new DateOnly(2026, 12, 5));
        await _world.MarkAsync(marked.Id);
        await using (var db = _database.System())
        {
            var withHomework = await db.Lessons.SingleAsync(l => l.ClassId == _world.Class5A.Id && l.Date == new DateOnly(2026, 12, 12));
            withHomework.SetHomework("№ 245, 246", null, null);
            await db.SaveChangesAsync();
        }

        var form = _world.Entry(_world.Class5A, DayOfWeek.Saturday, 3, _world.Math, _world.Ivanova);
        form.Id = entryId;
        var result = await timetable.SaveEntryAsync(form);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        var after = await _world.LessonsAsync(_world.Class5A);
        var keptRow = after.Single(l => l.Id == marked.Id);
        Assert.Equal((marked.Date, marked.Number, marked.SubjectId, marked.TeacherId, marked.Room, marked.TimetableEntryId),
            (keptRow.Date, keptRow.Number, keptRow.SubjectId, keptRow.TeacherId, keptRow.Room, keptRow.TimetableEntryId));
        Assert.Equal([new DateOnly(2026, 11, 14), new DateOnly(2026, 11, 21)],
            after.Where(l => l.Number == 1 && l.Date < TestRegion.Today).Select(l => l.Date));
        Assert.Equal([new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 12)],
            after.Where(l => l.Number == 1 && l.Date >= TestRegion.Today).Select(l => l.Date));
        Assert.Equal([new DateOnly(2026, 11, 28), new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 19), new DateOnly(2026, 12, 26)],
            after.Where(l => l.Number == 3).Select(l => l.Date));
        Assert.Equal((5, 0, 3), (result.Lessons!.Added, result.Lessons.Changed, result.Lessons.Removed));
        Assert.Equal([new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 12)], result.Lessons.Kept.Select(k => k.Date));
        Assert.All(result.Lessons.Kept, k => Assert.Equal(("Математика", 1, "5А"), (k.SubjectName, k.Number, k.ClassName)));
        Assert.Equal("2 урока с отметками, посещаемостью, домашним заданием или заменой сохранены без изменений:", result.Lessons.KeptMessage);
        await using var check = _database.System();
        Assert.Equal(1, await check.JournalCells.CountAsync(c => c.LessonId == marked.Id));
    }

    [Fact]
    public async Task A_new_teacher_takes_over_the_unmarked_future_lessons_in_place()
    {
        var clock = ManualClock.On(ScheduleWorld.QuarterStart);
        var timetable = _world.Timetable(_world.Admin1, clock);
        var saved = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Saturday, 1, _world.Math, _world.Ivanova));
        clock.Advance(TimeSpan.FromDays(19));
        var before = await _world.LessonsAsync(_world.Class5A);
        var marked = before.Single(l => l.Date == new DateOnly(2026, 12, 5));
        await _world.MarkAsync(marked.Id);

        var form = _world.Entry(_world.Class5A, DayOfWeek.Saturday, 1, _world.Math, _world.Petrova, room: "301");
        form.Id = saved.Save.Id!.Value;
        var result = await timetable.SaveEntryAsync(form);

        var after = await _world.LessonsAsync(_world.Class5A);
        Assert.Equal(before.Select(l => l.Id), after.Select(l => l.Id));
        Assert.All(after.Where(l => l.Date >= TestRegion.Today && l.Id != marked.Id), l => Assert.Equal((_world.Petrova.Id, "301"), (l.TeacherId, l.Room)));
        Assert.All(after.Where(l => l.Date < TestRegion.Today || l.Id == marked.Id), l => Assert.Equal((_world.Ivanova.Id, "214"), (l.TeacherId, l.Room)));
        Assert.Equal(4, result.Lessons!.Changed);
    }

    [Fact]
    public async Task Deleting_a_line_removes_its_unmarked_future_lessons_and_keeps_the_marked_one()
    {
        var timetable = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));
        var saved = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Math, _world.Ivanova));
        var marked = (await _world.LessonsAsync(_world.Class5A))[1];
        await _world.MarkAsync(marked.Id);

        var result = await timetable.DeleteEntryAsync(saved.Save.Id!.Value);

        Assert.True(result.Succeeded);
        var left = Assert.Single(await _world.LessonsAsync(_world.Class5A));
        Assert.Equal(marked.Id, left.Id);
        Assert.Null(left.TimetableEntryId);
        Assert.Equal((0, 0, 2), (result.Lessons!.Added, result.Lessons.Changed, result.Lessons.Removed));
        Assert.Single(result.Lessons.Kept);
        Assert.Empty(await timetable.EntriesAsync(_world.Class5A.Id, _world.Quarter.Id));
    }

    [Fact]
    public async Task A_cleared_journal_cell_does_not_hold_a_lesson_back()
    {
        var timetable = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));
        var saved = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Math, _world.Ivanova));
        var lesson = (await _world.LessonsAsync(_world.Class5A))[0];
        await using (var db = _database.System())
        {
            db.JournalCells.Add(new Domain.Journal.JournalCell(_world.Region.School1.Id, lesson.Id, _world.Region.Pupil1.Id));
            await db.SaveChangesAsync();
        }

        var result = await timetable.DeleteEntryAsync(saved.Save.Id!.Value);

        Assert.Equal(3, result.Lessons!.Removed);
        Assert.Empty(await _world.LessonsAsync(_world.Class5A));
        await using var check = _database.System();
        Assert.Empty(await check.JournalCells.ToListAsync());
    }

    [Fact]
    public async Task A_teacher_booked_in_another_class_at_the_same_time_is_refused()
    {
        var timetable = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Math, _world.Ivanova));

        var result = await timetable.SaveEntryAsync(_world.Entry(_world.Class5B, DayOfWeek.Monday, 2, _world.Russian, _world.Ivanova));

        Assert.False(result.Succeeded);
        Assert.Equal("Учитель Иванова О. И. в понедельник на 2-м уроке уже ведёт «Математика» в 5А.", result.Errors[TimetableEntryForm.TeacherField]);
        Assert.Empty(await timetable.EntriesAsync(_world.Class5B.Id, _world.Quarter.Id));
        Assert.Empty(await _world.LessonsAsync(_world.Class5B));
    }

    [Fact]
    public async Task A_taken_slot_of_the_class_is_refused_but_two_groups_may_share_one()
    {
        var timetable = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Math, _world.Ivanova));

        var clash = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Russian, _world.Petrova));
        var group1 = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Tuesday, 3, _world.English, _world.Petrova, group: 1));
        var group2 = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Tuesday, 3, _world.English, _world.Sidorova, group: 2));

        Assert.Contains("уже стоит «Математика»", clash.Errors[TimetableEntryForm.LessonNumberField]);
        Assert.True(group1.Succeeded && group2.Succeeded);
        var tuesday = (await _world.LessonsAsync(_world.Class5A)).Where(l => l.Date == new DateOnly(2026, 12, 1)).ToList();
        Assert.Equal([1, 2], tuesday.Select(l => l.Group!.Value).Order());
    }

    [Fact]
    public async Task Generating_the_whole_period_again_changes_nothing()
    {
        var timetable = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova));
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5B, DayOfWeek.Monday, 1, _world.Math, _world.Petrova));
        await using (var db = _database.System())
            await db.Lessons.Where(l => l.ClassId == _world.Class5B.Id).ExecuteDeleteAsync();

        var first = await timetable.GenerateLessonsAsync(_world.Quarter.Id, null);
        var second = await timetable.GenerateLessonsAsync(_world.Quarter.Id, null);

        Assert.Equal(4, first.Lessons!.Added);
        Assert.False(second.Lessons!.ChangedAnything);
        Assert.Equal(4, (await _world.LessonsAsync(_world.Class5B)).Count);
    }

    [Fact]
    public async Task A_teacher_reads_the_timetable_but_cannot_change_it()
    {
        var admin = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));
        await admin.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova));
        var teacher = _world.Timetable(_world.TeacherIvanova, ManualClock.On(TestRegion.Today));

        var result = await teacher.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Math, _world.Ivanova));
        var generated = await teacher.GenerateLessonsAsync(_world.Quarter.Id, _world.Class5A.Id);

        Assert.Equal(ScheduleAccess.AdminOnly, result.Errors[FieldErrors.General]);
        Assert.False(generated.Succeeded);
        Assert.Single(await teacher.EntriesAsync(_world.Class5A.Id, _world.Quarter.Id));
        Assert.False((await teacher.OptionsAsync()).CanEdit);
    }

    [Fact]
    public async Task The_admin_of_another_school_cannot_change_this_schools_timetable()
    {
        var timetable = _world.Timetable(_world.Admin2, ManualClock.On(TestRegion.Today));

        var result = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova));

        Assert.False(result.Succeeded);
        Assert.Empty(await _world.LessonsAsync(_world.Class5A));
    }

    [Fact]
    public async Task A_closed_period_refuses_timetable_changes()
    {
        await using (var db = _database.System())
        {
            (await db.StudyPeriods.SingleAsync(p => p.Id == _world.Quarter.Id)).Close();
            await db.SaveChangesAsync();
        }
        var timetable = _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today));

        var result = await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova));

        Assert.Contains("закрыт", result.Errors[FieldErrors.General]);
    }

    [Fact]
    public async Task Options_offer_the_current_period_and_the_standard_bells()
    {
        var options = await _world.Timetable(_world.Admin1, ManualClock.On(TestRegion.Today)).OptionsAsync();

        Assert.Equal(_world.Quarter.Id, options.CurrentPeriodId);
        Assert.Equal(["5А", "5Б"], options.Classes.Select(c => c.Name));
        Assert.Equal(8, options.Bells.Count);
        Assert.Equal("08:00–08:45", options.Bells[0].Text);
        Assert.True(options.CanEdit);
    }
}
