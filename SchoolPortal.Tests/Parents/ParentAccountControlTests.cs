using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Tests.Parents;

public sealed class ParentAccountControlTests
{
    private static readonly ChildPlacement InSchool1 = new(1, SchoolId: 10, MunicipalityId: 100);
    private static readonly ChildPlacement AlsoInSchool1 = new(2, SchoolId: 10, MunicipalityId: 100);
    private static readonly ChildPlacement InSchool2SameDistrict = new(3, SchoolId: 20, MunicipalityId: 100);
    private static readonly ChildPlacement InSchool3OtherDistrict = new(4, SchoolId: 30, MunicipalityId: 200);

    [Fact]
    public void A_school_controls_a_parent_whose_children_all_study_there()
    {
        Assert.True(ParentAccountControl.Controls(Role.SchoolAdmin, 10, null, [InSchool1, AlsoInSchool1]));
    }

    [Fact]
    public void A_school_does_not_control_a_parent_with_a_child_in_another_school()
    {
        Assert.False(ParentAccountControl.Controls(Role.SchoolAdmin, 10, null, [InSchool1, InSchool2SameDistrict]));
        Assert.False(ParentAccountControl.Controls(Role.SchoolAdmin, 20, null, [InSchool1, InSchool2SameDistrict]));
    }

    [Fact]
    public void A_teacher_controls_no_parent_even_of_own_school()
    {
        Assert.False(ParentAccountControl.Controls(Role.Teacher, 10, null, [InSchool1]));
    }

    [Fact]
    public void A_municipal_operator_controls_a_parent_only_when_all_children_are_in_the_district()
    {
        Assert.True(ParentAccountControl.Controls(Role.MunicipalOperator, null, 100, [InSchool1, InSchool2SameDistrict]));
        Assert.False(ParentAccountControl.Controls(Role.MunicipalOperator, null, 100, [InSchool1, InSchool3OtherDistrict]));
    }

    [Fact]
    public void A_region_operator_always_controls()
    {
        Assert.True(ParentAccountControl.Controls(Role.RegionOperator, null, null, [InSchool1, InSchool3OtherDistrict]));
        Assert.True(ParentAccountControl.Controls(Role.RegionOperator, null, null, []));
    }

    [Fact]
    public void A_parent_without_children_belongs_to_no_school()
    {
        Assert.False(ParentAccountControl.Controls(Role.SchoolAdmin, 10, null, []));
    }
}
