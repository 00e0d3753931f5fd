namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>How urgent a school's new year is, most urgent first (the overview sorts by it).</summary>
public enum RiskLevel
{
    /// <summary>Срок прошёл, год не открыт.</summary>
    Overdue = 0,

    /// <summary>До срока не больше <see cref="NewYearRisk.NearDays"/> дней, а шаги не пройдены (или не начато).</summary>
    Near = 1,

    /// <summary>Формирование не начато.</summary>
    NotStarted = 2,

    /// <summary>Формируется: не все шаги подтверждены.</summary>
    InProgress = 3,

    /// <summary>Все шаги подтверждены, год можно открывать.</summary>
    Ready = 4,

    /// <summary>Открывается или открыт.</summary>
    Done = 5,
}
