using System.Globalization;

using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Infrastructure;

/// <summary>Dates as the cards show them: dd.MM.yyyy, Russian month names, today in the region's time zone.</summary>
public static class CardCalendar
{
    public const string DateFormat = "dd.MM.yyyy";

    public static readonly CultureInfo Russian = RussianFormat.Culture;

    // The server may run in UTC, and "today" must be the school's today: the region's clock decides.
    public static DateOnly Today(TimeProvider clock) => RegionTime.Today(clock);

    public static string Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    public static string Format(DateTimeOffset at) => RegionTime.Format(at);

    public static DateOnly? ToDateOnly(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
