namespace SchoolPortal.Domain.Enrollment;

public enum ApplicationKind
{
    /// <summary>Приём в 1 класс (Приказ № 458).</summary>
    FirstGrade = 1,

    /// <summary>Приём в 10 класс, с профилем обучения.</summary>
    TenthGrade = 2,

    /// <summary>Перевод из другой школы (Приказ Минпросвещения от 06.04.2023 № 240).</summary>
    Transfer = 3,
}
