namespace SchoolPortal.Domain.Enrollment;

/// <summary>The only grounds a school may refuse on (Order 458, points 15 and 16; 273-FZ art. 67).</summary>
public enum RefusalReason
{
    /// <summary>Нет свободных мест: родителя направляют в муниципальный орган управления образованием.</summary>
    NoPlaces = 1,

    /// <summary>Учредитель не разрешил приём ребёнка младше 6 лет 6 месяцев или старше 8 лет.</summary>
    FounderRefusedAge = 2,

    /// <summary>Повторное заявление на того же ребёнка.</summary>
    Duplicate = 3,
}
