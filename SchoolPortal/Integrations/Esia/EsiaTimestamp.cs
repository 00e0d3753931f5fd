using System.Globalization;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// ESIA's request time: Moscow time as <c>yyyy.MM.dd HH:mm:ss +0300</c>, with no colon in the offset (the format .NET's
/// «zzz» would write, +03:00, is refused by ESIA).
/// </summary>
public static class EsiaTimestamp
{
    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    public static string Format(DateTimeOffset at) =>
        at.ToOffset(Moscow).ToString("yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0300";

    /// <summary>Reads a timestamp with any «+hhmm» / «-hhmm» offset; false for anything else.</summary>
    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        at = default;
        if (text is not { Length: 25 } || text[19] != ' ' || text[20] is not ('+' or '-'))
            return false;
        if (!DateTime.TryParseExact(text[..19], "yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;
        if (!int.TryParse(text.AsSpan(21, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(23, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || hours > 14 || minutes > 59)
            return false;
        var offset = new TimeSpan(hours, minutes, 0) * (text[20] == '-' ? -1 : 1);
        at = new DateTimeOffset(local, offset);
        return true;
    }
}
