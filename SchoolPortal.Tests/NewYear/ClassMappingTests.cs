using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Tests.NewYear;

public sealed class ClassMappingTests
{
    private static readonly ClassFacts[] School =
    [
        new(1, 1, "А", 11, 100), new(2, 1, "Б", 12, 100), new(8, 2, "А", 18, 200), new(3, 5, "А", 13, 200), new(4, 9, "А", 14, 200),
        new(5, 10, "А", 15, 200), new(6, 11, "А", 16, 200), new(7, 11, "Б", 17, 200),
    ];

    [Fact]
    public void Classes_move_one_grade_up_with_letter_and_homeroom_teacher()
    {
        var result = ClassMapping.Propose(School);

        var sixA = result.Classes.Single(c => c.Name == "6А");
        Assert.Equal(13, sixA.HomeroomTeacherId);
        Assert.Equal([3], sixA.FromClassIds);
        Assert.Equal((6, "А"), result.Transitions[3]);
        Assert.Equal((2, "Б"), result.Transitions[2]);
    }

    [Fact]
    public void Last_grade_closes_and_new_first_and_tenth_grades_are_proposed()
    {
        var result = ClassMapping.Propose(School);

        Assert.Equal(11, result.LastGrade);
        Assert.Null(result.Transitions[6]);
        Assert.Null(result.Transitions[7]);
        Assert.Equal(["1А", "1Б"], result.Classes.Where(c => c.Grade == 1).Select(c => c.Name));
        Assert.All(result.Classes.Where(c => c.Grade == 1), c => Assert.True(c.IsNew));
        // 9А grows into 10А; no second 10А is proposed.
        Assert.Equal([4], result.Classes.Single(c => c.Name == "10А").FromClassIds);
        Assert.DoesNotContain(result.Classes, c => c.Grade == 12);
    }

    [Fact]
    public void A_class_takes_the_holiday_set_its_new_grade_has_this_year()
    {
        var result = ClassMapping.Propose(School);

        Assert.Equal(200, result.Classes.Single(c => c.Name == "2А").HolidayPeriodId);
        Assert.Equal(100, result.Classes.Single(c => c.Name == "1А").HolidayPeriodId);
    }

    [Fact]
    public void Basic_school_graduates_its_ninth_grade_and_proposes_no_tenth()
    {
        var result = ClassMapping.Propose([new(1, 8, "А", null, null), new(2, 9, "А", null, null)]);

        Assert.Equal(9, result.LastGrade);
        Assert.Null(result.Transitions[2]);
        Assert.Equal(["9А"], result.Classes.Select(c => c.Name));
    }

    [Fact]
    public void Two_classes_with_one_letter_merge_into_one()
    {
        var result = ClassMapping.Propose([new(1, 4, "А", 1, null), new(2, 4, "А", 2, null), new(3, 11, "А", null, null)]);

        var fiveA = Assert.Single(result.Classes, c => c.Name == "5А");
        Assert.Equal([1, 2], fiveA.FromClassIds);
    }
}
