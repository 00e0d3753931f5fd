using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Tests.Schedule;

public sealed class TimetableChangeTests
{
    private const int ClassId = 10;
    private const int Math = 1;
    private const int Russian = 2;
    private const int Teacher = 100;
    private const int OtherTeacher = 101;
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static ExistingLesson Lesson(int id, DateOnly date, int number, int subject = Math, bool records = false, int teacher = Teacher) =>
        new(id, ClassId, date, number, null, subject, teacher, "214", 7, records);

    private static PlannedLesson Plan(DateOnly date, int number, int subject = Math, int teacher = Teacher) =>
        new(ClassId, 3, date, number, null, subject, teacher, "214", 7);

    [Fact]
    public void A_future_lesson_without_records_follows_the_new_teacher()
    {
        var monday = new DateOnly(2026, 11, 30);

        var change = TimetableChange.Compute([Lesson(1, monday, 2)], [Plan(monday, 2, teacher: OtherTeacher)], Today);

        var (id, plan) = Assert.Single(change.Update);
        Assert.Equal(1, id);
        Assert.Equal(OtherTeacher, plan.TeacherId);
        Assert.Empty(change.Add);
        Assert.Empty(change.Delete);
        Assert.Empty(change.Kept);
    }

    [Fact]
    public void A_future_lesson_without_records_moves_with_its_slot()
    {
        var monday = new DateOnly(2026, 11, 30);

        var change = TimetableChange.Compute([Lesson(1, monday, 2)], [Plan(monday, 5)], Today);

        Assert.Equal([1], change.Delete);
        Assert.Equal(5, Assert.Single(change.Add).Number);
    }

    [Fact]
    public void A_lesson_with_marks_is_kept_and_reported_when_its_slot_gets_another_subject()
    {
        var monday = new DateOnly(2026, 11, 30);
        var marked = Lesson(1, monday, 2, records: true);

        var change = TimetableChange.Compute([marked], [Plan(monday, 2, Russian)], Today);

        Assert.Equal([marked], change.Kept);
        Assert.Empty(change.Delete);
        Assert.Empty(change.Update);
    }

    [Fact]
    public void A_lesson_with_records_is_not_deleted_when_the_timetable_drops_it()
    {
        var monday = new DateOnly(2026, 11, 30);
        var withHomework = Lesson(1, monday, 2, records: true);

        var change = TimetableChange.Compute([withHomework], [], Today);

        Assert.Empty(change.Delete);
        Assert.Equal([withHomework], change.Kept);
    }

    [Fact]
    public void A_lesson_with_records_keeps_its_slot_and_teacher_when_the_subject_stays()
    {
        var monday = new DateOnly(2026, 11, 30);

        var change = TimetableChange.Compute([Lesson(1, monday, 2, records: true)], [Plan(monday, 2, teacher: OtherTeacher)], Today);

        Assert.Empty(change.Update);
        Assert.Empty(change.Add);
        Assert.Empty(change.Kept);
    }

    [Fact]
    public void Past_lessons_are_history_and_stay_as_they_are()
    {
        var lastMonday = new DateOnly(2026, 11, 23);

        var change = TimetableChange.Compute([Lesson(1, lastMonday, 2)], [Plan(lastMonday, 4, Russian)], Today);

        Assert.Empty(change.Delete);
        Assert.Empty(change.Update);
        Assert.Empty(change.Add);
    }

    [Fact]
    public void Todays_lessons_count_as_future()
    {
        var change = TimetableChange.Compute([Lesson(1, Today, 1)], [Plan(Today, 1, Russian)], Today);

        Assert.Equal(Russian, Assert.Single(change.Update).Plan.SubjectId);
    }

    [Fact]
    public void No_slot_gets_a_second_lesson()
    {
        var monday = new DateOnly(2026, 11, 30);

        var change = TimetableChange.Compute([Lesson(1, monday, 2), Lesson(2, monday, 2)], [Plan(monday, 2)], Today);

        Assert.Equal([2], change.Delete);
        Assert.Empty(change.Add);
    }

    [Fact]
    public void A_marked_lesson_claims_its_slot_even_when_an_unmarked_twin_comes_first()
    {
        var monday = new DateOnly(2026, 11, 30);

        var change = TimetableChange.Compute([Lesson(1, monday, 2), Lesson(2, monday, 2, records: true)], [Plan(monday, 2)], Today);

        Assert.Equal([1], change.Delete);
        Assert.Empty(change.Add);
        Assert.Empty(change.Kept);
    }

    [Fact]
    public void Planned_lessons_without_an_existing_one_are_added_in_date_order()
    {
        var change = TimetableChange.Compute([], [Plan(new DateOnly(2026, 12, 7), 1), Plan(new DateOnly(2026, 11, 30), 1)], Today);

        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 7)], change.Add.Select(a => a.Date));
    }
}
