using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Features.TeacherDay;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Reports;

namespace SchoolPortal.Tests.TeacherDay;

public sealed class TodayLessonsTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly JournalData _data;
    private readonly Employee _ivanova;
    private readonly Employee _petrova;

    public TodayLessonsTests()
    {
        _data = new JournalData(_database, TestRegion.Create(_database));
        _ivanova = _data.AddTeacher("Иванова");
        _petrova = _data.AddTeacher("Петрова", "Анна", "Сергеевна");
        Services.AddSingleton(new TeacherDayService(_database.For(JournalData.UserOf(_ivanova)), ManualClock.On(TestRegion.Today)));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    [Fact]
    public void Each_lesson_links_into_its_journal_column_and_a_substituted_lesson_is_marked_without_a_link()
    {
        _data.AddStandardBells();
        var math = _data.AddLesson(TestRegion.Today, 2, _data.Math, _ivanova, topic: "Дроби");
        var away = _data.AddLesson(TestRegion.Today, 3, _data.Russian, _ivanova);
        _data.Substitute(away, _petrova);

        var cut = Render<TodayLessons>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll($"[data-testid=today-lesson-{math.Id}]")));
        var link = cut.Find($"[data-testid=today-lesson-{math.Id}]");
        Assert.Equal($"/journal/{_data.Class.Id}/{_data.Math.Id}/{_data.Quarter2.Id}?lesson={math.Id}", link.GetAttribute("href"));
        Assert.Equal("Математика", link.TextContent.Trim());
        Assert.Contains("08:55–09:40", cut.Markup);
        var substituted = cut.Find($"[data-testid=today-substitution-{away.Id}]");
        Assert.Contains("замена: ведёт Петрова Анна Сергеевна", substituted.TextContent);
        Assert.Empty(cut.FindAll($"[data-testid=today-lesson-{away.Id}]"));
        Assert.Empty(cut.FindAll("[data-testid=today-empty]"));
    }

    [Fact]
    public void A_day_without_lessons_says_so()
    {
        _data.AddLesson(TestRegion.Today.AddDays(-1), 1, _data.Math, _ivanova);

        var cut = Render<TodayLessons>();

        cut.WaitForAssertion(() => Assert.Equal("Сегодня уроков нет", cut.Find("[data-testid=today-empty]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("a[data-testid^=today-lesson-]"));
    }
}
