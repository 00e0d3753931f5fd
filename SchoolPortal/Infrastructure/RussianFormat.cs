using System.Globalization;

namespace SchoolPortal.Infrastructure;

/// <summary>
/// Numbers as a Russian reader writes them: «7 638» (a non-breaking space between thousands), «4,50». «7,638» reads as seven
/// point six in Russian, so every count and average shown on a page or written into an Excel cell as text goes through here,
/// whatever culture the server's thread has.
/// </summary>
public static class RussianFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>«7 638».</summary>
    public static string Number(long value) => value.ToString("N0", Culture);

    /// <summary>«4,50» with the given format («0.00», «0.0»).</summary>
    public static string Number(decimal value, string format) => value.ToString(format, Culture);

    /// <summary>«12,5 %» for 0.125.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", Culture) + " %";
}
