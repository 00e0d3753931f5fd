using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Tests.Journal;

public sealed class LessonRecordsTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static CellContent Typed(string text) => CellInput.Parse(text, MarkList.Empty, WorkType.Answer, GradingScale.Marks);

    [Theory]
    [InlineData("5")]
    [InlineData("н")]
    [InlineData("4 оп")]
    public void A_mark_or_attendance_on_a_lesson_after_today_is_refused_with_the_lesson_date(string typed)
    {
        var e = Assert.Throws<DomainException>(() => LessonRecords.Check(Typed(typed), new DateOnly(2026, 12, 8), Today));

        Assert.Equal("Нельзя ставить отметки и посещаемость на будущий урок (08.12.2026): урок ещё не прошёл.", e.Message);
    }

    [Fact]
    public void Lessons_of_today_and_before_take_marks_and_a_future_cell_may_be_cleared()
    {
        LessonRecords.Check(Typed("5"), Today, Today);
        LessonRecords.Check(Typed("н"), Today.AddDays(-30), Today);
        LessonRecords.Check(CellContent.Empty, Today.AddDays(4), Today);

        Assert.Null(LessonRecords.WhyNotYet(Today, Today));
        Assert.NotNull(LessonRecords.WhyNotYet(Today.AddDays(1), Today));
    }
}
