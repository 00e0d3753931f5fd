namespace SchoolPortal.Domain.Schools;

public enum StudyPeriodKind
{
    Quarter = 1,
    Trimester = 2,
    Half = 3,
}
