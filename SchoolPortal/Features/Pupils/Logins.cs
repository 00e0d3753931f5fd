using System.Text;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Pupils;

/// <summary>Logins handed out on paper: the transliterated surname and first-name initial with a number, «ivanovp1».</summary>
public static class Logins
{
    private static readonly string[] Latin =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
        "shch", "", "y", "", "e", "yu", "ya",
    ];

    public static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length * 2);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'а' and <= 'я')
                result.Append(Latin[c - 'а']);
            else if (c == 'ё')
                result.Append('e');
            else if (char.IsAsciiLetterOrDigit(c))
                result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>The login without its number: «ivanovp»; at most 40 characters, never shorter than 3.</summary>
    public static string Stem(PersonName name)
    {
        var stem = Transliterate(name.Surname);
        if (stem.Length > 40)
            stem = stem[..40];
        stem += Transliterate(name.FirstName[..1]);
        return stem.Length < 3 ? stem.PadRight(3, 'x') : stem;
    }

    /// <summary>The first «stemN» (N = 1, 2, …) not in <paramref name="taken"/>; adds it there.</summary>
    public static string Next(string stem, ISet<string> taken)
    {
        for (var n = 1; ; n++)
        {
            var login = stem + n;
            if (taken.Add(login))
                return login;
        }
    }
}
