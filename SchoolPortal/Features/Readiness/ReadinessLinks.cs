using SchoolPortal.Domain.Readiness;

namespace SchoolPortal.Features.Readiness;

/// <summary>The pages of this feature and the records a problem is fixed in (the routes of the pupil and parent cards).</summary>
public static class ReadinessLinks
{
    public const string Home = "readiness";
    public const string Lookup = "readiness/lookup";

    public static string Child(int pupilId) => $"readiness/child/{pupilId}";

    public static string School(int schoolId) => $"readiness?school={schoolId}";

    public static string District(int municipalityId) => $"readiness?district={municipalityId}";

    /// <summary>The card to open for a school's fix; null for what the parent does on Gosuslugi.</summary>
    public static string? Record(ReadinessProblem problem) => problem.RecordId is not { } id
        ? null
        : problem.Place switch
        {
            FixPlace.PupilCard or FixPlace.PupilParents => $"management/pupils/{id}",
            FixPlace.ParentCard => $"management/parents/{id}",
            _ => null,
        };

    /// <summary>«Карточка ученика», «На Госуслугах: «Семья» → «Дети»».</summary>
    public static string PlaceName(FixPlace place) => place switch
    {
        FixPlace.PupilCard => "Карточка ученика",
        FixPlace.PupilParents => "Карточка ученика, вкладка «Родители»",
        FixPlace.ParentCard => "Карточка родителя",
        FixPlace.GosuslugiFamily => "Госуслуги: «Семья» → «Дети»",
        FixPlace.GosuslugiProfile => "Госуслуги: профиль родителя",
        _ => "Вход на портал через Госуслуги",
    };
}
