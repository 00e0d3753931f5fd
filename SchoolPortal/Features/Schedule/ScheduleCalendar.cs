using System.Globalization;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Schedule;

/// <summary>Days, weeks, months and times as the schedule pages show and read them.</summary>
public static class ScheduleCalendar
{
    /// <summary>Monday to Saturday: Russian schools work five or six days a week.</summary>
    public static readonly IReadOnlyList<DayOfWeek> SchoolDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Понедельник",
        DayOfWeek.Tuesday => "Вторник",
        DayOfWeek.Wednesday => "Среда",
        DayOfWeek.Thursday => "Четверг",
        DayOfWeek.Friday => "Пятница",
        DayOfWeek.Saturday => "Суббота",
        _ => "Воскресенье",
    };

    public static string ShortWeekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Пн",
        DayOfWeek.Tuesday => "Вт",
        DayOfWeek.Wednesday => "Ср",
        DayOfWeek.Thursday => "Чт",
        DayOfWeek.Friday => "Пт",
        DayOfWeek.Saturday => "Сб",
        _ => "Вс",
    };

    /// <summary>«в понедельник», «во вторник», «в среду»: the form a sentence about a slot needs.</summary>
    public static string OnWeekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "в понедельник",
        DayOfWeek.Tuesday => "во вторник",
        DayOfWeek.Wednesday => "в среду",
        DayOfWeek.Thursday => "в четверг",
        DayOfWeek.Friday => "в пятницу",
        DayOfWeek.Saturday => "в субботу",
        _ => "в воскресенье",
    };

    /// <summary>«1 урок», «3 урока», «5 уроков».</summary>
    public static string Lessons(int count)
    {
        var tens = count % 100;
        var ones = count % 10;
        var word = tens is >= 11 and <= 14 ? "уроков" : ones == 1 ? "урок" : ones is >= 2 and <= 4 ? "урока" : "уроков";
        return $"{count} {word}";
    }

    /// <summary>«Пн, 30.11.2026».</summary>
    public static string Day(DateOnly date) => $"{ShortWeekday(date.DayOfWeek)}, {CardCalendar.Format(date)}";

    /// <summary>«Март 2024», as the month filter of the SGO screens reads.</summary>
    public static string Month(DateOnly month)
    {
        var name = CardCalendar.Russian.DateTimeFormat.MonthNames[month.Month - 1];
        return $"{char.ToUpper(name[0], CardCalendar.Russian)}{name[1..]} {month.Year}";
    }

    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The twelve months of the academic year that contains <paramref name="today"/>, September first.</summary>
    public static IReadOnlyList<DateOnly> MonthsOfYear(DateOnly today)
    {
        var startYear = Domain.Schools.AcademicYear.StartYearOf(today);
        return Enumerable.Range(0, 12).Select(i => new DateOnly(startYear, 9, 1).AddMonths(i)).ToList();
    }

    /// <summary>The school days (Monday to Saturday) of a month.</summary>
    public static IReadOnlyList<DateOnly> SchoolDaysOf(DateOnly month)
    {
        var first = MonthOf(month);
        return Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(first.AddDays)
            .Where(d => d.DayOfWeek != DayOfWeek.Sunday).ToList();
    }

    public static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Reads «8:30» or «08:30»; refuses anything else with a Russian message under <paramref name="field"/>.</summary>
    public static TimeOnly ParseTime(string? text, string field)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
            throw new DomainException("Укажите время.", field);
        if (!TimeOnly.TryParseExact(value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            throw new DomainException("Время — часы и минуты через двоеточие, например 08:30.", field);
        return time;
    }
}
