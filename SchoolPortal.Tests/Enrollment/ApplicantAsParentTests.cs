using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ApplicantAsParentTests
{
    [Theory]
    [InlineData("мать", ParentRelation.Mother)]
    [InlineData(" Мать ", ParentRelation.Mother)]
    [InlineData("отец", ParentRelation.Father)]
    [InlineData("опекун", ParentRelation.Guardian)]
    [InlineData("бабушка", ParentRelation.Guardian)]
    [InlineData(null, ParentRelation.Guardian)]
    public void The_applicants_relation_becomes_the_parents_relation_on_the_card(string? relation, ParentRelation expected) =>
        Assert.Equal(expected, ApplicantAsParent.Relation(relation));
}
