using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>One exchange run in «Отчет Дата/время»: when it started, how many of the user's schools it covered, how many still wait for an answer.</summary>
public sealed record GirVuRunOption(Guid RunId, DateTimeOffset StartedAt, int Schools, int Waiting, int Failed)
{
    public string Label => $"{CardCalendar.Format(StartedAt)} — школ: {Schools}" + (Waiting > 0 ? $", ждут ответа: {Waiting}" : "");
}
