using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.People;

/// <summary>A Russian phone number, kept as +7 and ten digits.</summary>
public sealed record PhoneNumber
{
    /// <summary>«+79123456789»</summary>
    public string Value { get; }

    private PhoneNumber(string value) => Value = value;


    /// <summary>
    /// The value as it was stored, without the checks: records imported before validation existed may hold invalid
    /// values; the data quality checks report them and the card refuses to save them until fixed.
    /// </summary>
    public static PhoneNumber Restore(string stored) => new(stored);

    public static PhoneNumber Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("Телефон не указан.", "phone");
        if (text.Any(c => !char.IsAsciiDigit(c) && c is not '+' and not '(' and not ')' and not '-' and not ' '))
            throw new DomainException("Телефон может содержать только цифры, «+», скобки, дефисы и пробелы.", "phone");
        var digits = Validation.Digits(text);
        if (digits.Length == 11 && digits[0] is '7' or '8')
            digits = digits[1..];
        if (digits.Length != 10)
            throw new DomainException("Телефон: 10 цифр после +7, например +7 (912) 345-67-89.", "phone");
        return new PhoneNumber("+7" + digits);
    }

    public static string? Validate(string? text) => Validation.ErrorOf(() => Parse(text));

    /// <summary>«+7 (912) 345-67-89»</summary>
    public string Formatted => Value.Length == 12 ? $"+7 ({Value[2..5]}) {Value[5..8]}-{Value[8..10]}-{Value[10..]}" : Value;

    public override string ToString() => Formatted;
}
