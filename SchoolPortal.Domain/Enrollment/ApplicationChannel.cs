namespace SchoolPortal.Domain.Enrollment;

/// <summary>How the application reached the school.</summary>
public enum ApplicationChannel
{
    /// <summary>ЕПГУ (Госуслуги).</summary>
    Epgu = 1,

    /// <summary>Лично в ОО.</summary>
    InPerson = 2,

    /// <summary>Почтой.</summary>
    Post = 3,

    /// <summary>По электронной почте.</summary>
    Email = 4,

    /// <summary>РПГУ (региональный портал госуслуг).</summary>
    Rpgu = 5,
}
