namespace SchoolPortal.Features.Enrollment;

/// <summary>The part of a year's admission campaign «Приемная кампания» shows.</summary>
public enum CampaignPart
{
    /// <summary>1 класс, первый этап (1 апреля – 30 июня).</summary>
    FirstStage = 1,

    /// <summary>1 класс, второй этап (6 июля – 5 сентября).</summary>
    SecondStage = 2,

    /// <summary>10 класс.</summary>
    TenthGrade = 3,

    /// <summary>Перевод из другой школы.</summary>
    Transfers = 4,
}
