using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// Which status may follow which. «Новое» → «Зарегистрировано» → «Принято к рассмотрению» → («Приглашение в ОО») →
/// «Направлен в ООО» → «Зачислен»; «Требует исправления» returns to «Зарегистрировано»; «Зачислен», «Отказано» and
/// «Отозвано заявителем» are final.
/// </summary>
public static class ApplicationStatusGraph
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Next = new()
    {
        [ApplicationStatus.New] =
            [ApplicationStatus.Registered, ApplicationStatus.NeedsCorrection, ApplicationStatus.Refused, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Registered] =
            [ApplicationStatus.UnderReview, ApplicationStatus.NeedsCorrection, ApplicationStatus.Refused, ApplicationStatus.Withdrawn],
        [ApplicationStatus.UnderReview] =
        [
            ApplicationStatus.Invited, ApplicationStatus.Directed, ApplicationStatus.NeedsCorrection, ApplicationStatus.Refused,
            ApplicationStatus.Withdrawn,
        ],
        [ApplicationStatus.Invited] =
            [ApplicationStatus.Directed, ApplicationStatus.NeedsCorrection, ApplicationStatus.Refused, ApplicationStatus.Withdrawn],
        [ApplicationStatus.NeedsCorrection] = [ApplicationStatus.Registered, ApplicationStatus.Refused, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Directed] = [ApplicationStatus.Enrolled, ApplicationStatus.Refused, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Enrolled] = [],
        [ApplicationStatus.Refused] = [],
        [ApplicationStatus.Withdrawn] = [],
    };

    public static IReadOnlyList<ApplicationStatus> AllowedAfter(ApplicationStatus status) =>
        Next.TryGetValue(status, out var next) ? next : [];

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => AllowedAfter(from).Contains(to);

    public static bool IsFinal(ApplicationStatus status) => AllowedAfter(status).Count == 0;

    /// <summary>Refuses a move the graph does not allow, naming both statuses and what is allowed instead.</summary>
    public static void EnsureCanMove(ApplicationStatus from, ApplicationStatus to)
    {
        if (CanMove(from, to))
            return;
        var fromName = EnrollmentNames.Name(from);
        if (IsFinal(from))
            throw new DomainException($"Заявление в статусе «{fromName}»: статус окончательный и больше не меняется.", "status");
        var allowed = string.Join(", ", AllowedAfter(from).Select(s => $"«{EnrollmentNames.Name(s)}»"));
        throw new DomainException(
            $"Из статуса «{fromName}» нельзя перевести заявление в «{EnrollmentNames.Name(to)}». Допустимо: {allowed}.", "status");
    }
}
