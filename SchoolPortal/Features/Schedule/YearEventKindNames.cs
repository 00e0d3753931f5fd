using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

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
}
