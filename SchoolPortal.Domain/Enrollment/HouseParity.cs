namespace SchoolPortal.Domain.Enrollment;

/// <summary>Which side of a street a territory line takes.</summary>
public enum HouseParity
{
    /// <summary>Все дома (обе стороны улицы).</summary>
    All = 1,

    /// <summary>Чётные номера.</summary>
    Even = 2,

    /// <summary>Нечётные номера.</summary>
    Odd = 3,
}
