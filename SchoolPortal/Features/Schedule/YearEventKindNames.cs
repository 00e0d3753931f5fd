using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

/// <summary>The Russian names of year-event kinds and audiences, for the events page and the teacher's day.</summary>
public static class YearEventKindNames
{
    public static readonly IReadOnlyList<YearEventKind> All = Enum.GetValues<YearEventKind>();

    public static string Russian(YearEventKind kind) => kind switch
    {
        YearEventKind.ParentMeeting => "Родительское собрание",
        YearEventKind.Extracurricular => "Внеурочное мероприятие",
        YearEventKind.ControlWork => "Контрольная работа",
        _ => "Общешкольное мероприятие",
    };

    public static string Audience(EventAudience audience) => audience switch
    {
        EventAudience.Grades => "Параллели",
        EventAudience.Classes => "Классы",
        _ => "Вся школа",
    };

    /// <summary>Who the event is for, in words: «вся школа», «параллели: 9, 11», «классы: 1А, 1Б».</summary>
    /// <param name="classNames">Class id → «5А», for events addressed to classes.</param>
    public static string AudienceText(YearEvent e, IReadOnlyDictionary<int, string> classNames) => e.Audience switch
    {
        EventAudience.WholeSchool => "вся школа",
        EventAudience.Grades => "параллели: " + string.Join(", ", e.AudienceList),
        _ => "классы: " + string.Join(", ", e.AudienceList.Select(id => classNames.TryGetValue(id, out var n) ? n : $"№ {id}")),
    };
}
