using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Journal;

public sealed class ClassStayTests
{
    private static readonly DateOnly September1 = new(2026, 9, 1);
    private static readonly DateOnly November10 = new(2026, 11, 10);

    [Fact]
    public void A_pupil_in_the_class_on_the_lesson_date_may_get_marks()
    {
        Assert.Null(ClassStay.WhyNotOn(November10, [new ClassStay(September1, null)], leftOn: null));
    }

    [Fact]
    public void The_first_and_the_last_day_of_a_stay_are_in_the_class()
    {
        var stay = new ClassStay(September1, November10);

        Assert.Null(ClassStay.WhyNotOn(September1, [stay], null));
        Assert.Null(ClassStay.WhyNotOn(November10, [stay], null));
    }

    [Fact]
    public void Before_arrival_the_reason_names_the_enrolment_date()
    {
        var reason = ClassStay.WhyNotOn(September1, [new ClassStay(November10, null)], null);

        Assert.Equal("Ученик зачислен в класс 10.11.2026: до этой даты отметки не ставятся.", reason);
    }

    [Fact]
    public void After_leaving_the_class_the_reason_names_the_last_day()
    {
        var reason = ClassStay.WhyNotOn(November10, [new ClassStay(September1, new DateOnly(2026, 10, 30))], null);

        Assert.Equal("Ученик выбыл из класса 30.10.2026: после этой даты отметки не ставятся.", reason);
    }

    [Fact]
    public void After_leaving_the_school_the_reason_names_the_leaving_date_even_within_a_stay()
    {
        var reason = ClassStay.WhyNotOn(November10, [new ClassStay(September1, null)], leftOn: new DateOnly(2026, 11, 2));

        Assert.Equal("Ученик выбыл 02.11.2026: после этой даты отметки не ставятся.", reason);
    }

    [Fact]
    public void Between_two_stays_the_reason_names_the_end_of_the_earlier_one()
    {
        var stays = new[] { new ClassStay(September1, new DateOnly(2026, 10, 1)), new ClassStay(new DateOnly(2026, 12, 1), null) };

        Assert.Equal("Ученик выбыл из класса 01.10.2026: после этой даты отметки не ставятся.", ClassStay.WhyNotOn(November10, stays, null));
    }

    [Fact]
    public void Without_any_stay_the_pupil_is_not_in_the_class()
    {
        Assert.Equal("Ученик не числится в классе на дату урока.", ClassStay.WhyNotOn(November10, [], null));
    }

    [Fact]
    public void A_stay_that_ends_before_the_period_end_means_the_pupil_left_by_then()
    {
        var stay = new ClassStay(September1, new DateOnly(2026, 10, 30));

        Assert.True(stay.HasLeftBy(November10));
        Assert.False(stay.HasLeftBy(new DateOnly(2026, 10, 30)));
        Assert.False(new ClassStay(September1, null).HasLeftBy(November10));
    }
}
