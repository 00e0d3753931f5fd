using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.TeacherDay;

/// <summary>The teacher's day: lessons in bell order and the year events that concern their classes.</summary>
/// <param name="Notice">Set instead of lessons when the user is not linked to a staff card and so has no lessons.</param>
public sealed record TeacherDaySchedule(DateOnly Date, IReadOnlyList<TodayLesson> Lessons, IReadOnlyList<TodayEvent> Events, string? Notice = null)
{
    public const string NotLinked = "Ваша учетная запись не связана с карточкой сотрудника, поэтому уроков здесь нет. Обратитесь к администратору школы.";

    public bool HasLessons => Lessons.Count > 0;

    /// <summary>«суббота, 28.11.2026».</summary>
    public string DateText => $"{CardCalendar.Russian.DateTimeFormat.GetDayName(Date.DayOfWeek)}, {CardCalendar.Format(Date)}";
}
