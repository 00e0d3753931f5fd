using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Tests.Schedule;

public sealed class YearEventTests
{
    private static readonly DateOnly Day = new(2026, 12, 10);

    private static YearEvent New(EventAudience audience, IEnumerable<int> ids, string title = "Родительское собрание") =>
        new(1, 1, YearEventKind.ParentMeeting, title, Day, new TimeOnly(18, 30), audience, ids, "Итоги четверти");

    [Fact]
    public void A_title_is_required()
    {
        var e = Assert.Throws<DomainException>(() => New(EventAudience.WholeSchool, [], "  "));

        Assert.Equal("title", e.Field);
    }

    [Fact]
    public void Grade_and_class_audiences_need_a_choice()
    {
        Assert.Equal("Выберите параллели.", Assert.Throws<DomainException>(() => New(EventAudience.Grades, [])).Message);
        Assert.Equal("Выберите классы.", Assert.Throws<DomainException>(() => New(EventAudience.Classes, [])).Message);
    }

    [Fact]
    public void Grades_are_1_to_11()
    {
        Assert.Throws<DomainException>(() => New(EventAudience.Grades, [12]));
    }

    [Fact]
    public void Whole_school_events_concern_every_class_and_drop_any_list()
    {
        var e = New(EventAudience.WholeSchool, [5, 6]);

        Assert.Empty(e.AudienceList);
        Assert.True(e.Concerns(classId: 42, grade: 9));
    }

    [Fact]
    public void Grade_events_concern_only_their_grades_and_class_events_only_their_classes()
    {
        var grades = New(EventAudience.Grades, [9, 5, 9]);
        var classes = New(EventAudience.Classes, [42]);

        Assert.Equal([5, 9], grades.AudienceList);
        Assert.True(grades.Concerns(1, 5));
        Assert.False(grades.Concerns(1, 6));
        Assert.True(classes.Concerns(42, 6));
        Assert.False(classes.Concerns(43, 6));
    }
}
