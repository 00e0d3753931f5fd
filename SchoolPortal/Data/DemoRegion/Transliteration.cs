using System.Text;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>Cyrillic to Latin for logins and e-mail addresses (simplified passport rules).</summary>
internal static class Transliteration
{
    public static string ToLatin(string text)
    {
        var result = new StringBuilder(text.Length + 4);
        foreach (var c in text.ToLowerInvariant())
        {
            result.Append(c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => "e", 'ж' => "zh",
                'з' => "z", 'и' => "i", 'й' => "i", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o",
                'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts",
                'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "iu",
                'я' => "ia", '-' => "-", ' ' => "",
                _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "",
            });
        }
        return result.ToString();
    }
}
