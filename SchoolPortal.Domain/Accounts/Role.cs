namespace SchoolPortal.Domain.Accounts;

[Flags]
public enum Role
{
    None = 0,
    RegionOperator = 1,
    MunicipalOperator = 2,
    SchoolAdmin = 4,
    Teacher = 8,
    Parent = 16,
    Pupil = 32,
}
