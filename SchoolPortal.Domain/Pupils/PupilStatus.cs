namespace SchoolPortal.Domain.Pupils;

public enum PupilStatus
{
    Enrolled = 1,
    Graduated = 2,
    Withdrawn = 3,

    /// <summary>Зачислен с нового учебного года: учится с открытия нового года, до того в списках текущего года нет.</summary>
    Admitted = 4,
}
