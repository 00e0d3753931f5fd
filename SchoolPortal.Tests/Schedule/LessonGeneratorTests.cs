using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Tests.Schedule;

public sealed class LessonGeneratorTests
{
    // Quarter 2 of 2026/2027: Monday 09.11.2026 to Sunday 27.12.2026.
    private static readonly StudyPeriod Quarter = NewQuarter(out var year);

    private static StudyPeriod NewQuarter(out AcademicYear year)
    {
        year = new AcademicYear(1, 2026, AcademicYearStatus.Current);
        return year.AddPeriod(StudyPeriodKind.Quarter, 2, new DateOnly(2026, 11, 9), new DateOnly(2026, 12, 27));
    }

    private static TimetableEntry Entry(DayOfWeek day, int number, int subjectId = 1, int? group = null, int periodId = 0) =>
        new(1, 10, periodId, day, number, subjectId, 100, "214", group);

    [Fact]
    public void Plans_a_lesson_on_every_matching_weekday_of_the_period()
    {
        var plan = LessonGenerator.Plan(Quarter, [Entry(DayOfWeek.Monday, 1), Entry(DayOfWeek.Thursday, 3)], null).ToList();

        Assert.Equal(14, plan.Count);
        Assert.All(plan, p => Assert.Contains(p.Date.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Thursday }));
        Assert.Equal(new DateOnly(2026, 11, 9), plan[0].Date);
        Assert.Equal(new DateOnly(2026, 12, 24), plan[^1].Date);
        Assert.All(plan, p => Assert.Equal("214", p.Room));
    }

    [Fact]
    public void Skips_the_holidays_of_the_class_holiday_set()
    {
        var holidays = new HolidayPeriod(1, "Основной");
        holidays.AddHoliday("Дополнительные каникулы", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6));

        var dates = LessonGenerator.Plan(Quarter, [Entry(DayOfWeek.Monday, 1), Entry(DayOfWeek.Wednesday, 2)], holidays)
            .Select(p => p.Date).ToList();

        Assert.DoesNotContain(new DateOnly(2026, 11, 30), dates);
        Assert.DoesNotContain(new DateOnly(2026, 12, 2), dates);
        Assert.Contains(new DateOnly(2026, 11, 25), dates);
        Assert.Contains(new DateOnly(2026, 12, 7), dates);
        Assert.Equal(12, dates.Count);
    }

    [Fact]
    public void Ignores_timetable_lines_of_another_period()
    {
        var plan = LessonGenerator.Plan(Quarter, [Entry(DayOfWeek.Monday, 1), Entry(DayOfWeek.Tuesday, 1, periodId: 99)], null).ToList();

        Assert.All(plan, p => Assert.Equal(DayOfWeek.Monday, p.Date.DayOfWeek));
        Assert.Equal(7, plan.Count);
    }

    [Fact]
    public void Plans_only_from_the_given_date_on()
    {
        var plan = LessonGenerator.Plan(Quarter, [Entry(DayOfWeek.Monday, 1)], null, from: new DateOnly(2026, 12, 10)).ToList();

        Assert.Equal([new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 21)], plan.Select(p => p.Date));
    }

    [Fact]
    public void A_from_date_before_the_period_plans_the_whole_period()
    {
        var plan = LessonGenerator.Plan(Quarter, [Entry(DayOfWeek.Monday, 1)], null, from: new DateOnly(2026, 9, 1)).ToList();

        Assert.Equal(new DateOnly(2026, 11, 9), plan[0].Date);
    }

    [Fact]
    public void Groups_of_a_split_class_get_a_lesson_each_in_the_same_slot()
    {
        var plan = LessonGenerator.Plan(Quarter, [Entry(DayOfWeek.Friday, 4, 3, group: 2), Entry(DayOfWeek.Friday, 4, 3, group: 1)], null)
            .Where(p => p.Date == new DateOnly(2026, 11, 13)).ToList();

        Assert.Equal([1, 2], plan.Select(p => p.Group!.Value));
    }
}
