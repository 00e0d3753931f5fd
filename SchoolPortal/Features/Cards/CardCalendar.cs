using System.Globalization;

namespace SchoolPortal.Features.Cards;

/// <summary>Dates as the cards show them: dd.MM.yyyy, Russian month names, today in the region's time zone.</summary>
public static class CardCalendar
{
    public const string DateFormat = "dd.MM.yyyy";

    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    // Chelyabinsk region is UTC+5 all year; the server may run in UTC, and "today" must be the school's today.
    private static readonly TimeSpan RegionOffset = TimeSpan.FromHours(5);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(RegionOffset).DateTime);

    public static string Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    public static string Format(DateTimeOffset at) => at.ToOffset(RegionOffset).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly? ToDateOnly(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
