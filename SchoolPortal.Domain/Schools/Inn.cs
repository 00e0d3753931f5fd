using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>ИНН of an organisation: 10 digits, the last a control digit.</summary>
public sealed record Inn
{
    private static readonly int[] Weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];

    public string Value { get; }

    private Inn(string value) => Value = value;


    /// <summary>
    /// The value as it was stored, without the checks: records imported before validation existed may hold invalid
    /// values; the data quality checks report them and the card refuses to save them until fixed.
    /// </summary>
    public static Inn Restore(string stored) => new(stored);

    public static Inn Parse(string? text)
    {
        var value = (text ?? "").Trim();
        if (value.Length != 10 || !value.All(char.IsAsciiDigit))
            throw new DomainException("ИНН организации: 10 цифр.", "inn");
        if (ControlDigit(value[..9]) != value[9] - '0')
            throw new DomainException("ИНН введён с ошибкой: не сходится контрольная цифра.", "inn");
        return new Inn(value);
    }

    public static int ControlDigit(string nineDigits) =>
        nineDigits.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11 % 10;

    public static string? Validate(string? text) => Validation.ErrorOf(() => Parse(text));

    public override string ToString() => Value;
}
