using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One exception of the production calendar in the editor.</summary>
public sealed record CalendarDayRow(DateOnly Date, CalendarDayKind Kind, string? Comment)
{
    public string KindName => Kind switch
    {
        CalendarDayKind.Holiday => "Выходной (праздничный) день",
        CalendarDayKind.WorkingDay => "Рабочий день (перенос)",
        _ => "Сокращённый предпраздничный день",
    };
}
