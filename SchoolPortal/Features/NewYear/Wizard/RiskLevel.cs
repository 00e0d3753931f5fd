namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>How urgent a school's new year is, most urgent first (the overview sorts by it).</summary>
public enum RiskLevel
{
    /// <summary>Срок прошёл, год не открыт.</summary>
    Overdue = 0,

    /// <summary>До срока не больше <see cref="NewYearRisk.NearDays"/> дней, а шаги не пройдены (или не начато).</summary>
    Near = 1,

    /// <summary>1 апреля прошло, а формирование не начато.</summary>
    NotStarted = 2,

    /// <summary>Формируется: не все шаги подтверждены.</summary>
    InProgress = 3,

    /// <summary>1 апреля ещё не наступило: формирование откроется, риска пока нет.</summary>
    Waiting = 4,

    /// <summary>Все шаги подтверждены, год можно открывать.</summary>
    Ready = 5,

    /// <summary>Открывается или открыт.</summary>
    Done = 6,
}
