using System.Globalization;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Portfolio;

/// <summary>How the portfolio pages write numbers, dates and links: Russian decimals, dd.MM.yyyy, stable routes.</summary>
public static class PortfolioFormat
{
    public const string Root = "portfolio";

    public static string Average(decimal? value) => value?.ToString("0.00", CardCalendar.Russian) ?? "—";

    public static string Date(DateOnly date) => date.ToString(CardCalendar.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>«пн, 16.11» for the diary's day headings.</summary>
    public static string Day(DateOnly date) =>
        $"{CardCalendar.Russian.DateTimeFormat.GetDayName(date.DayOfWeek)}, {date.ToString("dd.MM", CultureInfo.InvariantCulture)}";

    /// <summary>«↑ +0,50», «↓ −1,00», «→ 0,00»; empty without two periods to compare.</summary>
    public static string Trend(decimal? change) => change switch
    {
        null => "",
        > 0 => "↑ +" + change.Value.ToString("0.00", CardCalendar.Russian),
        < 0 => "↓ −" + (-change.Value).ToString("0.00", CardCalendar.Russian),
        _ => "→ 0,00",
    };

    public static string Child(int pupilId) => $"{Root}/{pupilId}";

    public static string Diary(int pupilId, DateOnly? week = null) =>
        week is { } w ? $"{Root}/{pupilId}/diary?week={w.ToString(DiaryWeek.WeekFormat, CultureInfo.InvariantCulture)}" : $"{Root}/{pupilId}/diary";

    public static string TestId(DateOnly date) => "diary-day-" + date.ToString(DiaryWeek.WeekFormat, CultureInfo.InvariantCulture);
}
