using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// A birth certificate's series and number as support staff type them from a request: «IV-ИВ 123456», «iv ив №123456»,
/// «IVИВ-123456». Spaces, hyphens, «№» and letter case are ignored, and Cyrillic look-alikes in the Roman part (І, Х, С, М)
/// read as Latin, so the key also finds certificates stored before the checks existed (e.g. «4-ИВ»).
/// </summary>
public sealed record BirthCertificateKey
{
    public const string Example = "IV-ИВ 123456";

    /// <summary>The series without separators, upper case: «IVИВ».</summary>
    public string Series { get; }

    /// <summary>The digits of the number: «123456».</summary>
    public string Number { get; }

    private BirthCertificateKey(string series, string number)
    {
        Series = series;
        Number = number;
    }

    public static BirthCertificateKey Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException($"Укажите серию и номер свидетельства о рождении, например «{Example}».", "birthCertificate");
        var compact = Compact(text);
        var digitsFrom = compact.Length;
        while (digitsFrom > 0 && char.IsAsciiDigit(compact[digitsFrom - 1]))
            digitsFrom--;
        var number = compact[digitsFrom..];
        var series = compact[..digitsFrom];
        if (number.Length == 0)
            throw new DomainException($"Не указан номер свидетельства о рождении: шесть цифр после серии, например «{Example}».", "birthCertificate");
        if (series.Length == 0)
            throw new DomainException($"Не указана серия свидетельства о рождении: римское число и две русские буквы перед номером, например «{Example}».",
                "birthCertificate");
        if (series.Length < 3 || !series[^2..].All(IsCyrillic))
            throw new DomainException(
                $"Серия свидетельства о рождении заканчивается двумя русскими буквами (например «IV-ИВ»), а введено «{text.Trim()}».", "birthCertificate");
        if (number.Length > 30)
            throw new DomainException("Номер свидетельства о рождении слишком длинный: в нём шесть цифр.", "birthCertificate");
        return new BirthCertificateKey(series, number);
    }

    public static string? Validate(string? text) => Validation.ErrorOf(() => Parse(text));

    /// <summary>Whether a stored certificate has this series and number, however the series was typed when stored.</summary>
    public bool Matches(IdentityDocument? document) =>
        document is { Kind: DocumentKind.RfBirthCertificate } && document.Number.Trim() == Number && Compact(document.Series ?? "") == Series;

    /// <summary>Upper case without spaces, hyphens or «№»; the Roman part with Latin letters.</summary>
    private static string Compact(string text)
    {
        var chars = text.ToUpperInvariant()
            .Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '–' and not '—' and not '№' and not '.')
            .ToArray();
        // Everything but the last two letters before the digits is the Roman numeral: read its Cyrillic look-alikes as Latin.
        var letters = Array.FindLastIndex(chars, c => !char.IsAsciiDigit(c));
        for (var i = 0; i < letters - 1; i++)
        {
            chars[i] = chars[i] switch
            {
                'І' or 'Ι' => 'I',
                'Х' => 'X',
                'С' => 'C',
                'М' => 'M',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    private static bool IsCyrillic(char c) => c is >= 'А' and <= 'Я' or 'Ё';

    /// <summary>«IV-ИВ 123456».</summary>
    public override string ToString() => $"{Series[..^2]}-{Series[^2..]} {Number}";
}
