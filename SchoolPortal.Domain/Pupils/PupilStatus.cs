namespace SchoolPortal.Domain.Pupils;

public enum PupilStatus
{
    Enrolled = 1,
    Graduated = 2,
    Withdrawn = 3,
}
