using System.Linq.Expressions;

namespace SchoolPortal.Domain.DataQuality;

/// <summary>
/// Shapes of stored text written with operations every database has (length, replace, comparison), so one expression
/// checks a value in SQL and in memory alike. Removing every digit from a text of digits leaves nothing.
/// </summary>
public static class TextShapes
{
    public static Expression<Func<string, bool>> Blank { get; } = s => s == null || s.Trim() == "";

    /// <summary>Exactly <paramref name="count"/> characters, all of them digits 0–9.</summary>
    public static Expression<Func<string, bool>> Digits(int count) => s => s != null && s.Length == count
        && s.Replace("0", "").Replace("1", "").Replace("2", "").Replace("3", "").Replace("4", "").Replace("5", "").Replace("6", "")
            .Replace("7", "").Replace("8", "").Replace("9", "") == "";

    /// <summary>Holds at least one digit (an address with a house number).</summary>
    public static Expression<Func<string, bool>> HasDigit { get; } = s => s != null
        && s.Replace("0", "").Replace("1", "").Replace("2", "").Replace("3", "").Replace("4", "").Replace("5", "").Replace("6", "")
            .Replace("7", "").Replace("8", "").Replace("9", "").Length < s.Length;

    /// <summary>
    /// A birth certificate series «IV-ИВ»: roman numerals (I V X L C M), a hyphen, then two characters that are not digits
    /// (the card lets only Russian capitals there; letter case is not compared, SQLite folds only Latin letters).
    /// </summary>
    public static Expression<Func<string, bool>> BirthCertificateSeries { get; } = s => s != null
        && s.IndexOf("-") > 0 && s.Length - s.IndexOf("-") == 3
        && s.Substring(0, s.IndexOf("-")).Replace("I", "").Replace("V", "").Replace("X", "").Replace("L", "").Replace("C", "").Replace("M", "") == ""
        && s.Substring(s.IndexOf("-") + 1).Replace("0", "").Replace("1", "").Replace("2", "").Replace("3", "").Replace("4", "")
            .Replace("5", "").Replace("6", "").Replace("7", "").Replace("8", "").Replace("9", "").Replace("-", "").Length == 2;

    /// <summary>An e-mail as the card stores it: one «@» with something before it and a dot after it, no spaces.</summary>
    public static Expression<Func<string, bool>> Email { get; } = s => s != null && s.IndexOf("@") > 0
        && s.Replace("@", "").Length == s.Length - 1 && s.Substring(s.IndexOf("@")).IndexOf(".") > 1 && !s.EndsWith(".") && s.IndexOf(" ") < 0;

    /// <summary>A phone as the card stores it: «+7» and ten digits.</summary>
    public static Expression<Func<string, bool>> Phone { get; } = Predicates.And<string>(s => s != null && s.Length == 12 && s.StartsWith("+7"),
        Predicates.On<string, string>(s => s.Substring(2), Digits(10)));
}
