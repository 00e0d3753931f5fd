namespace SchoolPortal.Domain.Enrollment;

/// <summary>The Russian names of the enrollment enums, as the school screens show them.</summary>
public static class EnrollmentNames
{
    public static string Name(ApplicationKind kind) => kind switch
    {
        ApplicationKind.FirstGrade => "1 класс",
        ApplicationKind.TenthGrade => "10 класс",
        _ => "Перевод",
    };

    public static string Name(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Epgu => "ЕПГУ",
        ApplicationChannel.InPerson => "Лично в ОО",
        ApplicationChannel.Post => "Почтой",
        ApplicationChannel.Email => "По электронной почте",
        _ => "РПГУ",
    };

    public static string Name(ApplicationStatus status) => status switch
    {
        ApplicationStatus.New => "Новое",
        ApplicationStatus.Registered => "Зарегистрировано",
        ApplicationStatus.UnderReview => "Принято к рассмотрению",
        ApplicationStatus.Invited => "Приглашение в ОО",
        ApplicationStatus.Directed => "Направлен в ООО",
        ApplicationStatus.Enrolled => "Зачислен",
        ApplicationStatus.NeedsCorrection => "Требует исправления",
        ApplicationStatus.Refused => "Отказано",
        _ => "Отозвано заявителем",
    };

    public static string Name(RefusalReason reason) => reason switch
    {
        RefusalReason.NoPlaces => "Нет свободных мест",
        RefusalReason.FounderRefusedAge => "Учредитель не разрешил приём по возрасту",
        _ => "Повторное заявление",
    };

    public static string Name(AdmissionStage stage) => stage switch
    {
        AdmissionStage.FirstStage => "Первый этап (с 1 апреля)",
        AdmissionStage.SecondStage => "Второй этап (с 6 июля)",
        _ => "Круглый год",
    };

    /// <summary>What the parent reads about a refusal (in the status comment sent to Gosuslugi).</summary>
    public static string ParentText(RefusalReason reason) => reason switch
    {
        // 273-FZ art. 67 part 4, Order 458 point 15: the refusal for lack of places directs the parent to the authority.
        RefusalReason.NoPlaces =>
            "Отказано в приеме в связи с отсутствием свободных мест. Для решения вопроса об устройстве ребенка в другую " +
            "общеобразовательную организацию обратитесь в орган местного самоуправления, осуществляющий управление в сфере образования.",
        RefusalReason.FounderRefusedAge =>
            "Отказано в приеме: учредитель не дал разрешения на прием ребенка в возрасте младше 6 лет 6 месяцев или старше 8 лет.",
        _ => "Заявление на этого ребенка уже подано ранее; повторное заявление не рассматривается.",
    };
}
