using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>Which card actions the status graph allows now, with their Russian button texts and whether a reason is required.</summary>
public static class ApplicationActions
{
    public static ApplicationStatus Target(ApplicationAction action) => action switch
    {
        ApplicationAction.Register => ApplicationStatus.Registered,
        ApplicationAction.TakeForReview => ApplicationStatus.UnderReview,
        ApplicationAction.Invite => ApplicationStatus.Invited,
        ApplicationAction.Direct => ApplicationStatus.Directed,
        ApplicationAction.RequestCorrection => ApplicationStatus.NeedsCorrection,
        ApplicationAction.Refuse => ApplicationStatus.Refused,
        _ => ApplicationStatus.Withdrawn,
    };

    public static string Title(ApplicationAction action) => action switch
    {
        ApplicationAction.Register => "Зарегистрировать",
        ApplicationAction.TakeForReview => "Принять к рассмотрению",
        ApplicationAction.Invite => "Пригласить в ОО",
        ApplicationAction.Direct => "Направить в ООО",
        ApplicationAction.RequestCorrection => "Вернуть на исправление",
        ApplicationAction.Refuse => "Отказать",
        _ => "Отозвать по заявлению родителя",
    };

    /// <summary>The comment is required: what to fix, or (with the reason) why refused.</summary>
    public static bool NeedsComment(ApplicationAction action) => action == ApplicationAction.RequestCorrection;

    public static bool NeedsReason(ApplicationAction action) => action == ApplicationAction.Refuse;

    public static IReadOnlyList<ApplicationAction> AllowedNow(ApplicationStatus status) =>
        Enum.GetValues<ApplicationAction>().Where(a => ApplicationStatusGraph.CanMove(status, Target(a))).ToList();
}
