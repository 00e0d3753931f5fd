using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>ОГРН of an organisation: 13 digits; the last is (the first 12 as a number mod 11) mod 10.</summary>
public sealed record Ogrn
{
    public string Value { get; }

    private Ogrn(string value) => Value = value;


    /// <summary>
    /// The value as it was stored, without the checks: records imported before validation existed may hold invalid
    /// values; the data quality checks report them and the card refuses to save them until fixed.
    /// </summary>
    public static Ogrn Restore(string stored) => new(stored);

    public static Ogrn Parse(string? text)
    {
        var value = (text ?? "").Trim();
        if (value.Length != 13 || !value.All(char.IsAsciiDigit))
            throw new DomainException("ОГРН организации: 13 цифр.", "ogrn");
        if (ControlDigit(value[..12]) != value[12] - '0')
            throw new DomainException("ОГРН введён с ошибкой: не сходится контрольная цифра.", "ogrn");
        return new Ogrn(value);
    }

    public static int ControlDigit(string twelveDigits) => (int)(long.Parse(twelveDigits) % 11 % 10);

    public static string? Validate(string? text) => Validation.ErrorOf(() => Parse(text));

    public override string ToString() => Value;
}
