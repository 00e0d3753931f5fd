namespace SchoolPortal.Domain.NewYear;

/// <summary>The wizard's steps, in order (the seed's list of the regional letter of 04.04.2024 № 1073).</summary>
public enum RolloverStep
{
    /// <summary>Учебные периоды.</summary>
    Periods = 1,

    /// <summary>Формирование списка классов.</summary>
    Classes = 2,

    /// <summary>Движение учащихся.</summary>
    Movement = 3,

    /// <summary>Календарь каникул.</summary>
    Holidays = 4,

    /// <summary>Список педагогических и руководящих работников.</summary>
    Staff = 5,

    /// <summary>Открыть новый год.</summary>
    Open = 6,
}
