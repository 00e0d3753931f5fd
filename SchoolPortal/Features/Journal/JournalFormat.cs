using System.Globalization;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Journal;

/// <summary>How the journal writes averages and dates: «4,35», «05.11».</summary>
public static class JournalFormat
{
    private static readonly CultureInfo Russian = SchoolPortal.Infrastructure.CardCalendar.Russian;

    public static string Average(decimal? value) => value?.ToString("0.00", Russian) ?? "";

    public static string DayMonth(DateOnly date) => date.ToString("dd.MM", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The «ChangedBy» of a cell: the user's name as colleagues know it, cut to the column's length.</summary>
    public static string Author(string displayName, string login)
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? login : displayName.Trim();
        return name.Length <= 64 ? name : name[..64];
    }
}
