using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Schedule;

public sealed class WeekTimetableServiceTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly TimeProvider Clock = ManualClock.On(TestRegion.Today);

    private readonly TestDatabase _database = new();
    private readonly ScheduleWorld _world;

    public WeekTimetableServiceTests() => _world = ScheduleWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private async Task ArrangeAsync()
    {
        var timetable = _world.Timetable(_world.Admin1, Clock);
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova));
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Wednesday, 2, _world.Math, _world.Ivanova));
        await timetable.SaveEntryAsync(_world.Entry(_world.Class5B, DayOfWeek.Tuesday, 3, _world.Russian, _world.Petrova));
        var lesson = (await _world.LessonsAsync(_world.Class5A)).Single(l => l.Date == Monday);
        var added = await _world.Substitutions(_world.Admin1, Clock).AddAsync(new SubstitutionForm
        {
            Date = Monday, LessonId = lesson.Id, SubstituteTeacherId = _world.Petrova.Id, OtherSubjectId = _world.Russian.Id,
        });
        Assert.True(added.Succeeded);
    }

    [Fact]
    public async Task The_substitutes_week_shows_the_substituted_lesson_marked_with_the_other_subject()
    {
        await ArrangeAsync();

        var week = await _world.Weeks(_world.TeacherIvanova).TeacherWeekAsync(_world.Petrova.Id, Monday.AddDays(2));

        Assert.Equal(Monday, week.WeekStart);
        Assert.Equal(2, week.Lessons.Count);
        var substituted = Assert.Single(week.At(Monday, 1));
        Assert.True(substituted.IsSubstituted);
        Assert.Equal(("5А", "Математика", "Русский язык", "Петрова О. И.", "Иванова О. И."),
            (substituted.ClassName, substituted.SubjectName, substituted.TaughtSubject, substituted.TaughtBy, substituted.Substitution!.AbsentName));
        Assert.False(Assert.Single(week.At(Monday.AddDays(1), 3)).IsSubstituted);
        Assert.Equal("08:00–08:45", week.BellText(1));
    }

    [Fact]
    public async Task The_absent_teachers_week_shows_who_gives_the_lesson_instead()
    {
        await ArrangeAsync();

        var week = await _world.Weeks(_world.TeacherIvanova).TeacherWeekAsync(_world.Ivanova.Id, Monday);

        Assert.Equal(2, week.Lessons.Count);
        Assert.Equal("Петрова О. И.", Assert.Single(week.At(Monday, 1)).Substitution!.SubstituteName);
        Assert.Null(Assert.Single(week.At(Monday.AddDays(2), 2)).Substitution);
    }

    [Fact]
    public async Task The_class_week_holds_only_the_class_lessons_with_substitutions()
    {
        await ArrangeAsync();

        var week = await _world.Weeks(_world.Admin1).ClassWeekAsync(_world.Class5A.Id, Monday);

        Assert.Equal(["Математика", "Математика"], week.Lessons.Select(l => l.SubjectName));
        Assert.Equal("Неделя класса 5А", week.Title);
        Assert.True(week.At(Monday, 1).Single().IsSubstituted);
        Assert.Equal(Enumerable.Range(1, 8), week.Numbers);
    }

    [Fact]
    public async Task Another_schools_admin_gets_an_empty_week()
    {
        await ArrangeAsync();

        var week = await _world.Weeks(_world.Admin2).ClassWeekAsync(_world.Class5A.Id, Monday);

        Assert.Empty(week.Lessons);
    }
}
