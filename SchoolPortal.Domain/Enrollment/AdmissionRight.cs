namespace SchoolPortal.Domain.Enrollment;

/// <summary>The child's category of Order 458 (Порядок приема); any right but <see cref="None"/> admits to the first stage.</summary>
public enum AdmissionRight
{
    None = 0,

    /// <summary>Внеочередное право (п. 9 Порядка приема).</summary>
    Extraordinary = 1,

    /// <summary>Первоочередное право (пп. 9.1 и 10 Порядка приема).</summary>
    FirstPriority = 2,

    /// <summary>
    /// Преимущественное право (п. 12 Порядка приема): в школе учится полнородный или неполнородный брат или сестра,
    /// в том числе усыновлённые (удочерённые) и дети под опекой или попечительством в семье.
    /// </summary>
    Sibling = 3,
}
