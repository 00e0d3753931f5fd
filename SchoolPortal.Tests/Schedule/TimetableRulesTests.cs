using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Tests.Schedule;

public sealed class TimetableRulesTests
{
    private static TimetableEntry Entry(int classId, int teacherId, int? group = null, DayOfWeek day = DayOfWeek.Monday, int number = 2) =>
        new(1, classId, 3, day, number, 1, teacherId, null, group);

    [Fact]
    public void Two_lessons_of_one_class_in_one_slot_clash_unless_they_are_different_groups()
    {
        Assert.True(Entry(10, 100).ClashesWith(Entry(10, 101)));
        Assert.True(Entry(10, 100, group: 1).ClashesWith(Entry(10, 101)));
        Assert.False(Entry(10, 100, group: 1).ClashesWith(Entry(10, 101, group: 2)));
        Assert.False(Entry(10, 100).ClashesWith(Entry(10, 101, number: 3)));
        Assert.False(Entry(10, 100).ClashesWith(Entry(11, 101)));
    }

    [Fact]
    public void A_teacher_in_two_classes_at_one_slot_is_double_booked()
    {
        Assert.True(Entry(10, 100).DoubleBooksTeacherWith(Entry(11, 100)));
        Assert.True(Entry(10, 100, group: 1).DoubleBooksTeacherWith(Entry(10, 100, group: 2)));
        Assert.False(Entry(10, 100).DoubleBooksTeacherWith(Entry(11, 100, day: DayOfWeek.Tuesday)));
        Assert.False(Entry(10, 100).DoubleBooksTeacherWith(Entry(11, 101)));
    }

    [Fact]
    public void No_lessons_on_sunday()
    {
        Assert.Throws<DomainException>(() => Entry(10, 100, day: DayOfWeek.Sunday));
    }

    [Fact]
    public void Standard_bells_run_in_order_and_a_lesson_may_not_start_before_the_previous_ends()
    {
        var bells = Bell.Standard(1).ToList();
        Bell.CheckSequence(bells);
        Assert.Equal("08:00–08:45", bells[0].Text);
        Assert.Equal(8, bells.Count);

        bells[1].Change(new TimeOnly(8, 40), new TimeOnly(9, 25));

        var e = Assert.Throws<DomainException>(() => Bell.CheckSequence(bells));
        Assert.Contains("Урок 2", e.Message);
    }
}
