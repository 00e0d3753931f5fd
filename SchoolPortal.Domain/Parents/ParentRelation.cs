namespace SchoolPortal.Domain.Parents;

public enum ParentRelation
{
    Mother = 1,
    Father = 2,
    Guardian = 3,
}
