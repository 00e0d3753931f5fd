using SchoolPortal.Features.Portfolio;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Portfolio;

public sealed class PortfolioQueryTests : IDisposable
{
    private readonly PortfolioWorld _w = new();

    public void Dispose() => _w.Dispose();

    private Task<ChildPortfolio> IvanovAsync() => _w.Service(_w.Mother).PortfolioAsync(_w.Ivanov.Id);

    [Fact]
    public async Task The_header_names_the_child_the_class_and_the_school()
    {
        var portfolio = await IvanovAsync();

        Assert.Equal("Иванов Пётр Сергеевич", portfolio.Child.FullName);
        Assert.Equal("5А", portfolio.Child.ClassName);
        Assert.Equal("МАОУ «СОШ № 1»", portfolio.Child.SchoolName);
        Assert.Null(portfolio.Notice);
    }

    [Fact]
    public async Task Marks_are_listed_by_subject_and_period_with_date_work_type_and_the_final_mark()
    {
        var portfolio = await IvanovAsync();

        Assert.Equal(["1 четверть", "2 четверть"], portfolio.Periods.Select(p => p.Name));
        Assert.True(portfolio.Periods[1].IsCurrent);
        var math = portfolio.Subjects.Single(s => s.Name == "Математика");
        var q1 = math.Periods[0];
        Assert.Equal(["5", "4"], q1.Marks.Select(m => m.Value));
        Assert.Equal(new DateOnly(2026, 10, 21), q1.Marks[1].Date);
        Assert.Equal("Контрольная работа", q1.Marks[1].WorkType);
        Assert.True(q1.Marks[1].IsControlWork);
        Assert.Equal("4", q1.Final);
        Assert.Null(math.Periods[1].Final);
        Assert.Equal(["3", "4"], math.Periods[1].Marks.Select(m => m.Value));
    }

    [Fact]
    public async Task The_childs_weighted_average_is_compared_with_the_class_average_in_each_period()
    {
        var math = (await IvanovAsync()).Subjects.Single(s => s.Name == "Математика");

        // 1st quarter: Иванов 5 (weight 1) and 4 (control, 3) = 4.25; Андреев 3 and 5 (control) = 4.50; class 4.375.
        Assert.Equal(4.25m, math.Periods[0].Average);
        Assert.Equal(4.38m, math.Periods[0].ClassAverage);
        // 2nd quarter: Иванов 3 (control) and 4 = 3.25; Андреев 4 and 5 (control) = 4.75; class 4.00. Falling by 1.
        Assert.Equal(3.25m, math.Periods[1].Average);
        Assert.Equal(4.00m, math.Periods[1].ClassAverage);
        Assert.Equal(-1.00m, math.Trend);
    }

    [Fact]
    public async Task Attendance_counts_the_lessons_held_in_the_current_period_and_the_codes()
    {
        var attendance = (await IvanovAsync()).Attendance;

        // Held by 28.11: mathematics 10, 12, 17.11; English group 1 on 11.11 (not group 2's); Russian 24 and 25.11.
        Assert.Equal("2 четверть", attendance.PeriodName);
        Assert.Equal(6, attendance.Lessons);
        Assert.Equal((1, 1, 0, 1), (attendance.Absent, attendance.Ill, attendance.Excused, attendance.Late));
        Assert.Equal(4, attendance.Present);
        Assert.Equal(66.7m, attendance.PresentPercent);
        Assert.Equal("66,7 %", attendance.PresentText);
    }

    [Fact]
    public async Task Days_to_the_holidays_come_from_the_class_holiday_set()
    {
        var holidays = (await IvanovAsync()).Holidays;

        Assert.Equal(31, holidays.Days);
        Assert.Equal("Зимние каникулы", holidays.Holiday);
        Assert.Equal("До каникул остался 31 день", holidays.Text);
    }

    [Fact]
    public async Task During_the_holidays_the_counter_says_they_are_on_and_without_a_holiday_set_it_says_so()
    {
        var onHoliday = new PortfolioService(_w.Database.For(_w.Mother), _w.Database.Factory, ManualClock.On(new DateOnly(2026, 12, 30)), PortfolioWorld.NoCache);
        var during = (await onHoliday.PortfolioAsync(_w.Ivanov.Id)).Holidays;
        Assert.True(during.IsOnHoliday);
        Assert.Equal("Каникулы идут: Зимние каникулы до 11.01.2027.", during.Text);

        await using (var db = _w.Database.System())
        {
            db.Classes.Single(c => c.Id == _w.Data.Class.Id).AssignHolidays(null);
            await db.SaveChangesAsync();
        }
        Assert.Equal("Школа ещё не указала каникулы для класса.", (await IvanovAsync()).Holidays.Text);
    }

    [Theory]
    [InlineData(1, "день")]
    [InlineData(3, "дня")]
    [InlineData(5, "дней")]
    [InlineData(11, "дней")]
    [InlineData(22, "дня")]
    public void The_counter_declines_the_word_for_days(int days, string word) => Assert.Equal(word, HolidayCountdown.DaysWord(days));

    [Fact]
    public async Task Control_work_results_list_the_marks_of_control_and_check_works_latest_first()
    {
        var works = (await IvanovAsync()).ControlWorks;

        Assert.Equal(3, works.Count);
        Assert.Equal((new DateOnly(2026, 11, 25), "Русский язык", "Проверочная работа", ""), (works[0].Date, works[0].Subject, works[0].WorkType, works[0].Marks));
        Assert.Equal((new DateOnly(2026, 11, 12), "Математика", "Дроби", "3"), (works[1].Date, works[1].Subject, works[1].Topic, works[1].Marks));
        Assert.Equal((new DateOnly(2026, 10, 21), "4"), (works[2].Date, works[2].Marks));
    }

    [Fact]
    public async Task The_events_feed_has_the_childs_events_from_today_and_recent_and_upcoming_control_works()
    {
        var events = (await IvanovAsync()).Events;

        Assert.Equal(["Русский язык: Орфограммы", "Математика: Уравнения", "Родительское собрание 5А", "Новогодний концерт"], events.Select(e => e.Title));
        Assert.True(events[0].IsPast);
        Assert.True(events[1].IsControlWork);
        Assert.Equal("Контрольная работа", events[1].Kind);
        Assert.Equal("Родительское собрание", events[2].Kind);
        Assert.Equal(new TimeOnly(18, 0), events[2].StartsAt);
    }

    [Fact]
    public async Task The_diary_week_shows_six_days_with_lessons_homework_marks_and_attendance_of_the_childs_group_only()
    {
        var week = await _w.Service(_w.Mother).DiaryAsync(_w.Ivanov.Id, "2026-11-18");

        Assert.Equal(new DateOnly(2026, 11, 16), week.Monday);
        Assert.Equal(6, week.Days.Count);
        var tuesday = week.Days[1].Lessons.Single();
        Assert.Equal(("Математика", "Сложение дробей", "№ 101, 103", "https://school.example/math/101"), (tuesday.Subject, tuesday.Topic, tuesday.Homework, tuesday.HomeworkLink));
        Assert.Equal(new DateOnly(2026, 11, 19), tuesday.HomeworkDueOn);
        Assert.Equal(("4", "оп"), (tuesday.Marks, tuesday.Attendance));
        Assert.Equal("08:55–09:40", tuesday.Time);

        var earlier = await _w.Service(_w.Mother).DiaryAsync(_w.Ivanov.Id, "2026-11-09");
        var wednesday = earlier.Days[2].Lessons.Single();
        Assert.Equal(("Английский язык", "Present Simple", "5"), (wednesday.Subject, wednesday.Topic, wednesday.Marks));
        Assert.Equal("Контрольная работа", earlier.Days[3].Lessons.Single().WorkType);
        Assert.Equal("н", earlier.Days[1].Lessons.Single().Attendance);
    }

    [Fact]
    public async Task The_diary_marks_holiday_days_and_an_unreadable_week_falls_back_to_the_current_one()
    {
        var autumn = await _w.Service(_w.Mother).DiaryAsync(_w.Ivanov.Id, "2026-11-02");
        Assert.Equal("Осенние каникулы", autumn.Days[0].Holiday);
        Assert.Null(autumn.Days[3].Holiday);

        var bad = await _w.Service(_w.Mother).DiaryAsync(_w.Ivanov.Id, "завтра");
        Assert.Equal(new DateOnly(2026, 11, 23), bad.Monday);
        Assert.Equal("Не удалось прочитать неделю «завтра»: показана текущая неделя.", bad.Notice);
    }

    [Fact]
    public async Task A_child_without_a_class_gets_a_notice_instead_of_sections()
    {
        _w.Data.Withdraw(_w.Andreev, new DateOnly(2026, 11, 20));
        await using (var db = _w.Database.System())
        {
            var pupil = TestRegion.NewPupil(_w.Data.SchoolId, "Новикова", "Ольга", null, Domain.People.Gender.Female);
            db.Pupils.Add(pupil);
            await db.SaveChangesAsync();
            var portfolio = await PortfolioQuery.BuildAsync(db, pupil.Id, TestRegion.Today, PortfolioWorld.NoCache, CancellationToken.None);
            Assert.Null(portfolio!.Child.ClassName);
            Assert.Equal("Ученик не зачислен в класс: разделы портфолио появятся после зачисления.", portfolio.Notice);
        }

        var withdrawn = await _w.Service(_w.Father).PortfolioAsync(_w.Andreev.Id);
        Assert.Equal("5А", withdrawn.Child.ClassName);
        Assert.Equal(4.50m, withdrawn.Subjects.Single(s => s.Name == "Математика").Periods[0].Average);
    }
}
