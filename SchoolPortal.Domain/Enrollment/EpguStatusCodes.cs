namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The EPGU status code and parent-facing comment of each application status, for the status messages sent back to
/// Gosuslugi: registered 1, received 2, accepted for review 6, invitation 25, service rendered 3, refused 4,
/// cancelled 10, needs correction 15.
/// </summary>
public static class EpguStatusCodes
{
    public const int Registered = 1;
    public const int Received = 2;
    public const int ServiceRendered = 3;
    public const int Refused = 4;
    public const int UnderReview = 6;
    public const int Cancelled = 10;
    public const int NeedsCorrection = 15;
    public const int Invitation = 25;

    /// <param name="refusal">For «Отказано»: the reason, whose text tells the parent what to do next.</param>
    public static EpguStatus For(ApplicationStatus status, RefusalReason? refusal = null) => status switch
    {
        ApplicationStatus.New => new(Received, "Заявление получено образовательной организацией."),
        ApplicationStatus.Registered => new(Registered, "Заявление зарегистрировано в образовательной организации."),
        ApplicationStatus.UnderReview => new(UnderReview, "Заявление принято к рассмотрению."),
        ApplicationStatus.Invited => new(Invitation,
            "Вас приглашают в образовательную организацию: возьмите оригиналы документов, указанных в заявлении."),
        // EPGU has no status of its own for «Направлен в ООО»: it is still «under review» to the parent, with this comment.
        ApplicationStatus.Directed => new(UnderReview,
            "Принято решение о приеме ребенка. Распорядительный акт о зачислении будет издан в установленный срок."),
        ApplicationStatus.Enrolled => new(ServiceRendered, "Услуга оказана: ребенок зачислен в образовательную организацию."),
        ApplicationStatus.NeedsCorrection => new(NeedsCorrection,
            "В заявлении нужно исправить сведения: подробности в комментарии образовательной организации."),
        ApplicationStatus.Refused => new(Refused,
            refusal is { } reason ? EnrollmentNames.ParentText(reason) : "Отказано в предоставлении услуги."),
        _ => new(Cancelled, "Заявление отозвано по вашему обращению."),
    };
}
