using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;
using F = SchoolPortal.Features.Schedule.SubstitutionForm;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Schedule;

public sealed class SubstitutionServiceTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly DateOnly NextMonday = new(2026, 12, 7);
    private static readonly TimeProvider Clock = ManualClock.On(TestRegion.Today);

    private readonly TestDatabase _database = new();
    private readonly ScheduleWorld _world;

    public SubstitutionServiceTests() => _world = ScheduleWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    /// <summary>5А: Monday 1 Математика (Иванова), Monday 2 Русский язык (Петрова); 5Б: Monday 1 Русский язык (Сидорова).</summary>
    private async Task ArrangeTimetableAsync()
    {
        var timetable = _world.Timetable(_world.Admin1, Clock);
        foreach (var form in new[]
                 {
                     _world.Entry(_world.Class5A, DayOfWeek.Monday, 1, _world.Math, _world.Ivanova),
                     _world.Entry(_world.Class5A, DayOfWeek.Monday, 2, _world.Russian, _world.Petrova),
                     _world.Entry(_world.Class5B, DayOfWeek.Monday, 1, _world.Russian, _world.Sidorova),
                 })
            Assert.True((await timetable.SaveEntryAsync(form)).Succeeded);
    }

    private async Task<Lesson> LessonAsync(Domain.Schools.SchoolClass schoolClass, DateOnly date, int number) =>
        (await _world.LessonsAsync(schoolClass)).Single(l => l.Date == date && l.Number == number);

    private async Task<int> AddAsync(Lesson lesson, Domain.Staff.Employee substitute, Subject? other = null)
    {
        var result = await _world.Substitutions(_world.Admin1, Clock).AddAsync(new F
        {
            Date = lesson.Date, LessonId = lesson.Id, SubstituteTeacherId = substitute.Id, OtherSubjectId = other?.Id, Comment = "Больничный",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        return result.Id!.Value;
    }

    [Fact]
    public async Task The_list_filters_by_month_day_teacher_and_subject()
    {
        await ArrangeTimetableAsync();
        await AddAsync(await LessonAsync(_world.Class5A, Monday, 1), _world.Petrova, _world.English);
        await AddAsync(await LessonAsync(_world.Class5A, NextMonday, 2), _world.Ivanova);
        await AddAsync(await LessonAsync(_world.Class5B, NextMonday, 1), _world.Petrova);
        var service = _world.Substitutions(_world.Admin1, Clock);
        var november = new DateOnly(2026, 11, 1);
        var december = new DateOnly(2026, 12, 1);

        var inNovember = await service.ListAsync(new SubstitutionFilter { Month = november });
        var inDecember = await service.ListAsync(new SubstitutionFilter { Month = december });
        var onDay = await service.ListAsync(new SubstitutionFilter { Month = december, Day = NextMonday });
        var ofPetrova = await service.ListAsync(new SubstitutionFilter { Month = december, TeacherId = _world.Petrova.Id });
        var ofEnglish = await service.ListAsync(new SubstitutionFilter { Month = november, SubjectId = _world.English.Id });
        var ofRussianInNovember = await service.ListAsync(new SubstitutionFilter { Month = november, SubjectId = _world.Russian.Id });

        var row = Assert.Single(inNovember);
        Assert.Equal(("5А", "Математика", "Английский язык", "Иванова О. И.", "Петрова О. И.", "Больничный"),
            (row.ClassName, row.SubjectName, row.OtherSubjectName, row.AbsentTeacherName, row.SubstituteTeacherName, row.Comment));
        Assert.Equal(new DateOnly(2026, 11, 30), row.Date);
        Assert.Equal(2, inDecember.Count);
        Assert.Equal(2, onDay.Count);
        Assert.Equal(["5А", "5Б"], ofPetrova.Select(r => r.ClassName).Order());
        Assert.Single(ofEnglish);
        Assert.Empty(ofRussianInNovember);
    }

    [Fact]
    public async Task A_lesson_takes_one_substitution_and_a_second_is_refused_with_a_clear_message()
    {
        await ArrangeTimetableAsync();
        var lesson = await LessonAsync(_world.Class5A, Monday, 2);
        await AddAsync(lesson, _world.Ivanova);

        var second = await _world.Substitutions(_world.Admin1, Clock).AddAsync(new F
        {
            Date = Monday, LessonId = lesson.Id, SubstituteTeacherId = _world.Sidorova.Id,
        });

        Assert.False(second.Succeeded);
        Assert.StartsWith("На этот урок уже назначена замена (ведёт Иванова О. И.)", second.Errors[F.LessonField]);
        await using var db = _database.System();
        Assert.Equal(1, await db.Substitutions.CountAsync());
    }

    [Fact]
    public async Task A_substitute_who_gives_an_own_lesson_at_that_time_is_refused()
    {
        await ArrangeTimetableAsync();

        var result = await _world.Substitutions(_world.Admin1, Clock).AddAsync(new F
        {
            Date = Monday, LessonId = (await LessonAsync(_world.Class5A, Monday, 1)).Id, SubstituteTeacherId = _world.Sidorova.Id,
        });

        Assert.Equal("Учитель Сидорова О. И. в это время ведёт свой урок: «Русский язык» в 5Б.", result.Errors[F.SubstituteField]);
    }

    [Fact]
    public async Task The_form_names_every_missing_choice()
    {
        var result = await _world.Substitutions(_world.Admin1, Clock).AddAsync(new F());

        Assert.Equal("Укажите дату замены.", result.Errors[F.DateField]);
        Assert.Equal("Сначала укажите дату, затем выберите урок.", result.Errors[F.LessonField]);
        Assert.Equal("Выберите заменяющего учителя.", result.Errors[F.SubstituteField]);
    }

    [Fact]
    public async Task The_lessons_own_teacher_cannot_substitute_it()
    {
        await ArrangeTimetableAsync();

        var result = await _world.Substitutions(_world.Admin1, Clock).AddAsync(new F
        {
            Date = Monday, LessonId = (await LessonAsync(_world.Class5A, Monday, 1)).Id, SubstituteTeacherId = _world.Ivanova.Id,
        });

        Assert.Equal("Заменяющий учитель совпадает с учителем урока.", result.Errors[F.SubstituteField]);
    }

    [Fact]
    public async Task Teachers_see_the_list_but_only_the_admin_adds_and_deletes()
    {
        await ArrangeTimetableAsync();
        var lesson = await LessonAsync(_world.Class5A, Monday, 1);
        var id = await AddAsync(lesson, _world.Petrova);
        var teacher = _world.Substitutions(_world.TeacherIvanova, Clock);

        var added = await teacher.AddAsync(new F { Date = NextMonday, LessonId = lesson.Id, SubstituteTeacherId = _world.Petrova.Id });
        var deleted = await teacher.DeleteAsync([id]);

        Assert.Equal(ScheduleAccess.AdminOnly, added.Errors[FieldErrors.General]);
        Assert.Equal(ScheduleAccess.AdminOnly, deleted.Errors[FieldErrors.General]);
        Assert.Single(await teacher.ListAsync(new SubstitutionFilter { Month = new DateOnly(2026, 11, 1) }));
        Assert.False((await teacher.OptionsAsync()).CanEdit);
    }

    [Fact]
    public async Task The_admin_deletes_the_chosen_substitutions()
    {
        await ArrangeTimetableAsync();
        var first = await AddAsync(await LessonAsync(_world.Class5A, Monday, 1), _world.Petrova);
        var second = await AddAsync(await LessonAsync(_world.Class5A, NextMonday, 1), _world.Petrova);

        var result = await _world.Substitutions(_world.Admin1, Clock).DeleteAsync([first]);

        Assert.True(result.Succeeded);
        await using var db = _database.System();
        Assert.Equal([second], await db.Substitutions.Select(s => s.Id).ToListAsync());
        Assert.Equal(6, await db.Lessons.CountAsync(l => l.ClassId == _world.Class5A.Id));
    }

    [Fact]
    public async Task The_admin_of_school_2_neither_sees_nor_deletes_nor_adds_school_1_substitutions()
    {
        await ArrangeTimetableAsync();
        var lesson = await LessonAsync(_world.Class5A, Monday, 1);
        var id = await AddAsync(lesson, _world.Petrova);
        var foreign = _world.Substitutions(_world.Admin2, Clock);

        var list = await foreign.ListAsync(new SubstitutionFilter { Month = new DateOnly(2026, 11, 1) });
        var lessons = await foreign.LessonsOnAsync(Monday);
        var deleted = await foreign.DeleteAsync([id]);
        var added = await foreign.AddAsync(new F { Date = Monday, LessonId = (await LessonAsync(_world.Class5A, Monday, 2)).Id, SubstituteTeacherId = _world.Vtorova.Id });

        Assert.Empty(list);
        Assert.Empty(lessons);
        Assert.False(deleted.Succeeded);
        Assert.False(added.Succeeded);
        await using var db = _database.System();
        Assert.Equal([id], await db.Substitutions.Select(s => s.Id).ToListAsync());
    }

    [Fact]
    public async Task The_add_form_lists_the_lessons_of_the_chosen_date_and_marks_substituted_ones()
    {
        await ArrangeTimetableAsync();
        await AddAsync(await LessonAsync(_world.Class5A, Monday, 1), _world.Petrova);

        var lessons = await _world.Substitutions(_world.Admin1, Clock).LessonsOnAsync(Monday);

        Assert.Equal(["1-й урок · 5А · Математика · Иванова О. И. (уже есть замена)", "1-й урок · 5Б · Русский язык · Сидорова О. И.",
            "2-й урок · 5А · Русский язык · Петрова О. И."], lessons.Select(l => l.Name));
    }

    [Fact]
    public async Task A_substituted_lesson_survives_a_timetable_change_with_its_substitution()
    {
        await ArrangeTimetableAsync();
        var lesson = await LessonAsync(_world.Class5A, Monday, 1);
        await AddAsync(lesson, _world.Petrova);
        var timetable = _world.Timetable(_world.Admin1, Clock);
        var entry = (await timetable.EntriesAsync(_world.Class5A.Id, _world.Quarter.Id)).Single(e => e.LessonNumber == 1);

        var result = await timetable.DeleteEntryAsync(entry.Id);

        var kept = Assert.Single(result.Lessons!.Kept);
        Assert.Equal((Monday, 1), (kept.Date, kept.Number));
        Assert.Equal(lesson.Id, (await LessonAsync(_world.Class5A, Monday, 1)).Id);
        await using var db = _database.System();
        Assert.Equal(1, await db.Substitutions.CountAsync());
    }
}
