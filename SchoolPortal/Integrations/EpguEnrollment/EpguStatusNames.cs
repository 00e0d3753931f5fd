using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The names of the EPGU status codes as Gosuslugi shows them to the parent.</summary>
public static class EpguStatusNames
{
    public static string Name(int code) => code switch
    {
        EpguStatusCodes.Registered => "Заявление зарегистрировано",
        EpguStatusCodes.Received => "Заявление получено ведомством",
        EpguStatusCodes.ServiceRendered => "Услуга оказана",
        EpguStatusCodes.Refused => "Отказано в предоставлении услуги",
        EpguStatusCodes.UnderReview => "Заявление принято к рассмотрению",
        EpguStatusCodes.Cancelled => "Заявление отменено",
        EpguStatusCodes.NeedsCorrection => "Требуется исправление заявления",
        EpguStatusCodes.Invitation => "Приглашение в образовательную организацию",
        _ => $"Статус {code}",
    };
}
