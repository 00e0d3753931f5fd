using System.Text.RegularExpressions;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.People;

/// <summary>
/// A document that proves identity: RF passport (series 4 digits, number 6), RF birth certificate
/// (series: a roman numeral, a hyphen and two Cyrillic capitals, e.g. «IV-ИВ»; number 6 digits) or a foreign one.
/// </summary>
public sealed partial record IdentityDocument
{
    public DocumentKind Kind { get; }
    public string? Series { get; }
    public string Number { get; }
    public DateOnly? IssuedOn { get; }
    public string? IssuedBy { get; }

    private IdentityDocument(DocumentKind kind, string? series, string number, DateOnly? issuedOn, string? issuedBy)
    {
        Kind = kind;
        Series = series;
        Number = number;
        IssuedOn = issuedOn;
        IssuedBy = issuedBy;
    }

    public static IdentityDocument Create(DocumentKind kind, string? series, string? number, DateOnly? issuedOn = null, string? issuedBy = null)
    {
        var by = string.IsNullOrWhiteSpace(issuedBy) ? null : Validation.CollapseSpaces(issuedBy);
        if (by is { Length: > 300 })
            throw new DomainException("Кем выдан: не длиннее 300 символов.", "issuedBy");
        return kind switch
        {
            DocumentKind.RfPassport => new(kind, PassportSeries(series), SixDigits(number, "паспорта"), issuedOn, by),
            DocumentKind.RfBirthCertificate => new(kind, BirthCertificateSeries(series), SixDigits(number, "свидетельства о рождении"), issuedOn, by),
            DocumentKind.Foreign => new(kind, string.IsNullOrWhiteSpace(series) ? null : Validation.CollapseSpaces(series), ForeignNumber(number), issuedOn, by),
            _ => throw new DomainException("Неизвестный вид документа.", "kind"),
        };
    }

    public static IdentityDocument Passport(string? series, string? number, DateOnly? issuedOn = null, string? issuedBy = null) =>
        Create(DocumentKind.RfPassport, series, number, issuedOn, issuedBy);

    public static IdentityDocument BirthCertificate(string? series, string? number, DateOnly? issuedOn = null, string? issuedBy = null) =>
        Create(DocumentKind.RfBirthCertificate, series, number, issuedOn, issuedBy);

    public static string? Validate(DocumentKind kind, string? series, string? number) =>
        Validation.ErrorOf(() => Create(kind, series, number));

    private static string PassportSeries(string? series)
    {
        var digits = (series ?? "").Replace(" ", "");
        if (digits.Length == 0)
            throw new DomainException("Серия паспорта не указана.", "series");
        if (!digits.All(char.IsAsciiDigit) || digits.Length != 4)
            throw new DomainException("Серия паспорта РФ: 4 цифры, например «75 12».", "series");
        return digits;
    }

    private static string SixDigits(string? number, string what)
    {
        var digits = (number ?? "").Trim();
        if (digits.Length == 0)
            throw new DomainException($"Номер {what} не указан.", "number");
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
            throw new DomainException($"Номер {what}: 6 цифр, например «123456».", "number");
        return digits;
    }

    private static string ForeignNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
            throw new DomainException("Номер документа не указан.", "number");
        var value = Validation.CollapseSpaces(number);
        if (value.Length > 30)
            throw new DomainException("Номер документа: не длиннее 30 символов.", "number");
        return value;
    }

    /// <summary>
    /// «IV-ИВ». People type the roman part with Cyrillic look-alikes (І, Х, С, М) and in lower case: those are
    /// normalised; anything else is refused.
    /// </summary>
    private static string BirthCertificateSeries(string? series)
    {
        if (string.IsNullOrWhiteSpace(series))
            throw new DomainException("Серия свидетельства о рождении не указана.", "series");
        var text = series.Trim().Replace('–', '-').Replace('—', '-').Replace(" ", "");
        var dash = text.IndexOf('-');
        const string format = "Серия свидетельства о рождении: римское число, дефис и две русские заглавные буквы, например «IV-ИВ».";
        if (dash <= 0 || dash != text.LastIndexOf('-'))
            throw new DomainException(format, "series");
        var roman = new string(text[..dash].ToUpperInvariant().Select(c => c switch
        {
            'І' or 'Ι' or '1' => 'I',
            'Х' => 'X',
            'С' => 'C',
            'М' => 'M',
            'Ь' => 'V',
            _ => c,
        }).ToArray());
        var letters = text[(dash + 1)..].ToUpperInvariant();
        if (!RomanNumeral().IsMatch(roman))
            throw new DomainException(format + $" «{text[..dash]}» — не римское число.", "series");
        if (!TwoCyrillicCapitals().IsMatch(letters))
            throw new DomainException(format + $" После дефиса нужны две русские буквы, введено «{text[(dash + 1)..]}».", "series");
        return $"{roman}-{letters}";
    }

    [GeneratedRegex("^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex("^[А-ЯЁ]{2}$")]
    private static partial Regex TwoCyrillicCapitals();

    public string KindName => Kind switch
    {
        DocumentKind.RfPassport => "Паспорт РФ",
        DocumentKind.RfBirthCertificate => "Свидетельство о рождении",
        _ => "Иностранный документ",
    };

    /// <summary>«7512 123456», «IV-ИВ 123456».</summary>
    public string SeriesAndNumber => Series is null ? Number : $"{Series} {Number}";

    public override string ToString() => $"{KindName} {SeriesAndNumber}";
}
