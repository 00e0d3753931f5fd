using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.TeacherDay;

/// <summary>The Russian names of the year-event kinds, as the teacher's day shows them.</summary>
public static class YearEventNames
{
    public static string Kind(YearEventKind kind) => kind switch
    {
        YearEventKind.ParentMeeting => "Родительское собрание",
        YearEventKind.Extracurricular => "Внеурочное мероприятие",
        YearEventKind.ControlWork => "Контрольная работа",
        _ => "Общешкольное мероприятие",
    };

    /// <param name="classNames">Class id → «5А», for events addressed to classes.</param>
    public static string Audience(YearEvent e, IReadOnlyDictionary<int, string> classNames) => e.Audience switch
    {
        EventAudience.WholeSchool => "вся школа",
        EventAudience.Grades => "параллели: " + string.Join(", ", e.AudienceList),
        _ => "классы: " + string.Join(", ", e.AudienceList.Select(id => classNames.TryGetValue(id, out var n) ? n : $"№ {id}")),
    };
}
