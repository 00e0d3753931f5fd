namespace SchoolPortal.Domain.Enrollment;

/// <summary>The window of the admission campaign an application was filed in.</summary>
public enum AdmissionStage
{
    /// <summary>1 класс, первый этап (1 апреля – 30 июня): льготные категории и дети с закреплённой территории.</summary>
    FirstStage = 1,

    /// <summary>1 класс, второй этап (6 июля – 5 сентября): дети, не проживающие на закреплённой территории.</summary>
    SecondStage = 2,

    /// <summary>10 класс и перевод: круглый год при наличии свободных мест.</summary>
    AllYear = 3,
}
