namespace SchoolPortal.Domain.Pupils;

/// <summary>Форма обучения (Federal Law 273-FZ, art. 17).</summary>
public enum FormOfEducation
{
    FullTime = 1,
    PartTime = 2,
    Extramural = 3,
    Family = 4,
    SelfEducation = 5,
}
