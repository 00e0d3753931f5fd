using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.TeacherDay;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Reports;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.TeacherDay;

public sealed class TeacherDayServiceTests : IDisposable
{
    private static readonly DateOnly Today = TestRegion.Today;
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly JournalData _data;
    private readonly Employee _ivanova;
    private readonly Employee _petrova;

    public TeacherDayServiceTests()
    {
        _region = TestRegion.Create(_database);
        _data = new JournalData(_database, _region);
        _ivanova = _data.AddTeacher("Иванова");
        _petrova = _data.AddTeacher("Петрова", "Анна", "Сергеевна");
    }

    public void Dispose() => _database.Dispose();

    private TeacherDayService Service(PortalUser user) => new(_database.For(user), ManualClock.On(Today));

    [Fact]
    public async Task Today_lists_own_lessons_in_bell_order_with_times_and_journal_links()
    {
        _data.AddStandardBells();
        var second = _data.AddLesson(Today, 2, _data.Math, _ivanova, topic: "Дроби", homework: "№ 12");
        var first = _data.AddLesson(Today, 1, _data.Russian, _ivanova, group: 2, room: "105");
        _data.AddLesson(Today, 3, _data.Math, _petrova);

        var day = await Service(JournalData.UserOf(_ivanova)).TodayAsync();

        Assert.Equal(Today, day.Date);
        Assert.Equal([first.Id, second.Id], day.Lessons.Select(l => l.LessonId));
        var russian = day.Lessons[0];
        Assert.Equal("08:00–08:45", russian.Times);
        Assert.Equal("5А", russian.ClassName);
        Assert.Equal("Русский язык", russian.Subject);
        Assert.Equal("105", russian.Room);
        Assert.Equal(TodayLessonKind.Own, russian.Kind);
        Assert.Null(russian.Note);
        Assert.Equal($"/journal/{_data.Class.Id}/{_data.Russian.Id}/{_data.Quarter2.Id}?group=2&lesson={first.Id}", russian.JournalLink);
        var math = day.Lessons[1];
        Assert.Equal("08:55–09:40", math.Times);
        Assert.True(math.HasTopic);
        Assert.True(math.HasHomework);
        Assert.False(russian.HasTopic);
        Assert.Equal($"/journal/{_data.Class.Id}/{_data.Math.Id}/{_data.Quarter2.Id}?lesson={second.Id}", math.JournalLink);
    }

    [Fact]
    public async Task Lessons_of_other_days_are_not_listed_and_an_empty_day_has_no_lessons()
    {
        _data.AddLesson(Today.AddDays(-1), 1, _data.Math, _ivanova);
        _data.AddLesson(Today.AddDays(2), 1, _data.Math, _ivanova);

        var day = await Service(JournalData.UserOf(_ivanova)).TodayAsync();

        Assert.False(day.HasLessons);
        Assert.Null(day.Notice);
        var monday = await Service(JournalData.UserOf(_ivanova)).DayAsync(Today.AddDays(2));
        Assert.Single(monday.Lessons);
    }

    [Fact]
    public async Task Without_bells_a_lesson_has_no_times()
    {
        _data.AddLesson(Today, 4, _data.Math, _ivanova);

        var day = await Service(JournalData.UserOf(_ivanova)).TodayAsync();

        Assert.Null(Assert.Single(day.Lessons).Times);
    }

    [Fact]
    public async Task A_substitute_sees_the_substituted_lesson_with_a_journal_link_and_the_other_subject()
    {
        var lesson = _data.AddLesson(Today, 3, _data.Math, _ivanova);
        _data.Substitute(lesson, _petrova, _data.Russian);

        var day = await Service(JournalData.UserOf(_petrova)).TodayAsync();

        var item = Assert.Single(day.Lessons);
        Assert.Equal(lesson.Id, item.LessonId);
        Assert.Equal(TodayLessonKind.Substituting, item.Kind);
        Assert.Equal("Русский язык", item.Subject);
        Assert.Equal("замена вместо: Иванова Ольга Ивановна", item.Note);
        // The column lives in the lesson's own journal.
        Assert.Equal($"/journal/{_data.Class.Id}/{_data.Math.Id}/{_data.Quarter2.Id}?lesson={lesson.Id}", item.JournalLink);
    }

    [Fact]
    public async Task The_absent_teacher_sees_the_lesson_marked_with_the_substitute_and_without_a_link()
    {
        var lesson = _data.AddLesson(Today, 3, _data.Math, _ivanova);
        var own = _data.AddLesson(Today, 4, _data.Math, _ivanova);
        _data.Substitute(lesson, _petrova);

        var day = await Service(JournalData.UserOf(_ivanova)).TodayAsync();

        Assert.Equal([lesson.Id, own.Id], day.Lessons.Select(l => l.LessonId));
        var away = day.Lessons[0];
        Assert.Equal(TodayLessonKind.SubstitutedAway, away.Kind);
        Assert.Equal("замена: ведёт Петрова Анна Сергеевна", away.Note);
        Assert.Null(away.JournalLink);
        Assert.NotNull(day.Lessons[1].JournalLink);
    }

    [Fact]
    public async Task Events_of_the_day_for_the_teachers_classes_and_the_whole_school_are_listed()
    {
        var other = _data.AddClass(7, "Б");
        _data.AddLesson(Today, 1, _data.Math, _ivanova);
        var meeting = _data.AddEvent("Собрание 5А", Today, EventAudience.Classes, _data.Class.Id);
        var grade = _data.AddEvent("Олимпиада пятых классов", Today, EventAudience.Grades, 5);
        var school = _data.AddEvent("Линейка", Today, EventAudience.WholeSchool);
        _data.AddEvent("Собрание 7Б", Today, EventAudience.Classes, other.Id);
        _data.AddEvent("Собрание 5А завтра", Today.AddDays(1), EventAudience.Classes, _data.Class.Id);

        var day = await Service(JournalData.UserOf(_ivanova)).TodayAsync();

        Assert.Equal(new[] { meeting.Id, grade.Id, school.Id }.Order(), day.Events.Select(e => e.Id).Order());
        var classEvent = day.Events.Single(e => e.Id == meeting.Id);
        Assert.Equal("Родительское собрание", classEvent.Kind);
        Assert.Equal("классы: 5А", classEvent.Audience);
        Assert.Equal("18:00", classEvent.Time);
    }

    [Fact]
    public async Task Events_of_a_workload_class_concern_the_teacher_even_without_a_lesson_today()
    {
        var other = _data.AddClass(7, "Б");
        _data.AddWorkload(other, _data.Math, _petrova);
        var meeting = _data.AddEvent("Собрание 7Б", Today, EventAudience.Classes, other.Id);

        var petrova = await Service(JournalData.UserOf(_petrova)).TodayAsync();
        var ivanova = await Service(JournalData.UserOf(_ivanova)).TodayAsync();

        Assert.Equal(meeting.Id, Assert.Single(petrova.Events).Id);
        Assert.Empty(ivanova.Events);
    }

    [Fact]
    public async Task A_user_without_a_staff_card_gets_a_notice_instead_of_lessons()
    {
        var day = await Service(_region.Admin1).TodayAsync();

        Assert.Equal(TeacherDaySchedule.NotLinked, day.Notice);
        Assert.Empty(day.Lessons);
    }

    [Fact]
    public async Task A_school_admin_linked_to_a_staff_card_sees_their_lessons()
    {
        var lesson = _data.AddLesson(Today, 1, _data.Math, _ivanova);

        var day = await Service(JournalData.UserOf(_ivanova, Role.SchoolAdmin)).TodayAsync();

        Assert.Equal(lesson.Id, Assert.Single(day.Lessons).LessonId);
    }
}
