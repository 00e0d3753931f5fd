using SchoolPortal.Domain.NewYear;
using SchoolPortal.Features.NewYear.Engine;

namespace SchoolPortal.Tests.NewYear;

public sealed class PupilMoveKindsTests
{
    [Fact]
    public void Promotion_repetition_and_enrolment_put_a_pupil_into_a_class()
    {
        Assert.Equal([PupilMoveKind.Promote, PupilMoveKind.Repeat, PupilMoveKind.Enroll], PupilMoveKinds.IntoAClass);
    }

    [Fact]
    public void Every_kind_either_puts_the_pupil_into_a_class_or_takes_them_out_of_the_school()
    {
        Assert.Equal(Enum.GetValues<PupilMoveKind>().Order(), PupilMoveKinds.IntoAClass.Concat(PupilMoveKinds.OutOfTheSchool).Order());
        Assert.Empty(PupilMoveKinds.IntoAClass.Intersect(PupilMoveKinds.OutOfTheSchool));
    }

    [Fact]
    public void The_sql_list_holds_the_stored_numbers_of_the_kinds()
    {
        Assert.Equal("1, 2, 5", PupilMoveKinds.StoredNumbers(PupilMoveKinds.IntoAClass));
    }

    [Fact]
    public void The_opening_enrols_into_new_classes_exactly_the_kinds_that_put_a_pupil_into_a_class()
    {
        Assert.Contains("""m."Kind" IN (1, 2, 5)""", RolloverOpening.EnrolIntoNewClasses);
    }
}
