namespace SchoolPortal.Domain.Schools;

public enum AcademicYearStatus
{
    Planned = 1,
    Current = 2,
    Closed = 3,
}
