using System.Linq.Expressions;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.Pupils;

/// <summary>
/// Surname filters as range comparisons on the indexed Surname column (no per-row functions, so the index is used).
/// Surnames are stored capitalised («Иванов»), so the input is capitalised the same way instead of lowering every row.
/// </summary>
public static class SurnameRange
{
    public const string Alphabet = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";

    /// <summary>Surnames starting with a letter from <paramref name="from"/> to <paramref name="to"/> of the alphabet.</summary>
    public static Expression<Func<Pupil, bool>>? Letters(char from, char to)
    {
        var start = Alphabet.IndexOf(char.ToUpperInvariant(from));
        var end = Alphabet.IndexOf(char.ToUpperInvariant(to));
        if (start < 0)
            start = 0;
        if (end < 0)
            end = Alphabet.Length - 1;
        if (start == 0 && end == Alphabet.Length - 1)
            return null;
        if (start > end)
            (start, end) = (end, start);
        var letters = Alphabet[start..(end + 1)];
        var withYo = letters.Contains('Ё');
        var plain = letters.Replace("Ё", "");
        // Without Ё the letters А…Я are consecutive code points, so a run of letters is one range [first, last + 1).
        if (plain.Length == 0)
            return p => p.Name.Surname.StartsWith("Ё");
        var lower = plain[0].ToString();
        var upper = plain[^1] == 'Я' ? null : ((char)(plain[^1] + 1)).ToString();
        Expression<Func<Pupil, bool>> range = upper is null
            ? p => string.Compare(p.Name.Surname, lower) >= 0
            : p => string.Compare(p.Name.Surname, lower) >= 0 && string.Compare(p.Name.Surname, upper) < 0;
        if (!withYo)
            return range;
        return upper is null
            ? p => string.Compare(p.Name.Surname, lower) >= 0 || p.Name.Surname.StartsWith("Ё")
            : p => (string.Compare(p.Name.Surname, lower) >= 0 && string.Compare(p.Name.Surname, upper) < 0) || p.Name.Surname.StartsWith("Ё");
    }

    /// <summary>Surnames starting with <paramref name="text"/>, in any case, with ё and е matching each other.</summary>
    public static Expression<Func<Pupil, bool>>? Prefix(string? text)
    {
        var prefix = Capitalise(text);
        if (prefix.Length == 0)
            return null;
        Expression<Func<Pupil, bool>>? result = null;
        foreach (var variant in YoVariants(prefix))
        {
            var one = PrefixOf(variant);
            result = result is null ? one : Or(result, one);
        }
        return result;
    }

    /// <summary>«иВАНОВ-петров» → «Иванов-Петров».</summary>
    public static string Capitalise(string? text)
    {
        var value = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var chars = value.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or ' ')
                chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }

    private static Expression<Func<Pupil, bool>> PrefixOf(string prefix)
    {
        var last = prefix[^1];
        // A range needs the "next" string; after я/Я the next code point is not the next letter in every collation.
        if (last is 'я' or 'Я' or 'ё' or 'Ё' || last == char.MaxValue)
            return p => p.Name.Surname.StartsWith(prefix);
        var upper = prefix[..^1] + (char)(last + 1);
        return p => string.Compare(p.Name.Surname, prefix) >= 0 && string.Compare(p.Name.Surname, upper) < 0;
    }

    /// <summary>Every spelling of the prefix with е/ё swapped at its first three such letters (at most 8).</summary>
    private static IEnumerable<string> YoVariants(string prefix)
    {
        var positions = Enumerable.Range(0, prefix.Length).Where(i => prefix[i] is 'е' or 'ё' or 'Е' or 'Ё').Take(3).ToArray();
        for (var mask = 0; mask < 1 << positions.Length; mask++)
        {
            var chars = prefix.ToCharArray();
            for (var bit = 0; bit < positions.Length; bit++)
            {
                if ((mask & (1 << bit)) == 0)
                    continue;
                var i = positions[bit];
                chars[i] = chars[i] switch { 'е' => 'ё', 'ё' => 'е', 'Е' => 'Ё', _ => 'Е' };
            }
            yield return new string(chars);
        }
    }

    private static Expression<Func<Pupil, bool>> Or(Expression<Func<Pupil, bool>> a, Expression<Func<Pupil, bool>> b)
    {
        var body = Expression.OrElse(a.Body, new ParameterSwap(b.Parameters[0], a.Parameters[0]).Visit(b.Body));
        return Expression.Lambda<Func<Pupil, bool>>(body, a.Parameters);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
