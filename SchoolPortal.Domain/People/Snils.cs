using System.Diagnostics.CodeAnalysis;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.People;

/// <summary>СНИЛС: 11 digits, the last two a control sum per the Pension Fund algorithm.</summary>
public sealed record Snils
{
    /// <summary>The 11 digits without separators.</summary>
    public string Value { get; }

    private Snils(string value) => Value = value;


    /// <summary>
    /// The value as it was stored, without the checks: records imported before validation existed may hold invalid
    /// values; the data quality checks report them and the card refuses to save them until fixed.
    /// </summary>
    public static Snils Restore(string stored) => new(stored);

    /// <summary>Accepts "12345678901", "123-456-789 01" and other spacing of the same digits.</summary>
    public static Snils Parse(string? text) =>
        TryParse(text, out var snils, out var error) ? snils : throw new DomainException(error, "snils");

    /// <summary>The same check as <see cref="Parse"/> without an exception: for input that is allowed to be wrong.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Snils? snils) => TryParse(text, out snils, out _);

    /// <summary>The same check as <see cref="Parse"/>; on refusal <paramref name="error"/> holds the Russian message.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Snils? snils, [NotNullWhen(false)] out string? error)
    {
        error = ErrorOf(text, out var digits);
        snils = error is null ? new Snils(digits) : null;
        return snils is not null;
    }

    public static string? Validate(string? text) => ErrorOf(text, out _);

    private static string? ErrorOf(string? text, out string digits)
    {
        digits = "";
        if (string.IsNullOrWhiteSpace(text))
            return "СНИЛС не указан.";
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not '-' and not ' ')
                return "СНИЛС может содержать только цифры, дефисы и пробелы.";
        }
        digits = Validation.Digits(text);
        if (digits.Length != 11)
            return $"СНИЛС должен состоять из 11 цифр, введено {digits.Length}.";
        if (digits.All(c => c == '0'))
            return "СНИЛС не может состоять из одних нулей.";
        var number = int.Parse(digits[..9]);
        // Pension Fund rule: the control sum is checked only for numbers above 001-001-998.
        if (number > 1001998 && ControlSum(digits[..9]) != int.Parse(digits[9..]))
            // The message says the number is wrong, never which control number would pass: it is a check, not a generator.
            return "СНИЛС введён с ошибкой: не сходится контрольное число. Проверьте цифры по карточке СНИЛС.";
        return null;
    }

    /// <summary>The control number of the first nine digits: Σ digit × (9 … 1), then mod 101, with 100 and 101 giving 00.</summary>
    public static int ControlSum(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
            sum += (nineDigits[i] - '0') * (9 - i);
        if (sum > 101)
            sum %= 101;
        return sum is 100 or 101 ? 0 : sum;
    }

    /// <summary>Builds a valid SNILS from nine digits (used by the demo generator).</summary>
    public static Snils FromNumber(int nineDigitNumber)
    {
        var nine = nineDigitNumber.ToString("D9");
        return Parse(nine + ControlSum(nine).ToString("D2"));
    }

    /// <summary>"123-456-789 01"</summary>
    public string Formatted => Format(Value);

    /// <summary>Only the last digits, «***-***-789 01»: enough to recognise a person, not to use the number.</summary>
    public string Masked => "***-***-" + Formatted[8..];

    private static string Format(string d) => d.Length == 11 ? $"{d[..3]}-{d[3..6]}-{d[6..9]} {d[9..]}" : d;

    public override string ToString() => Formatted;
}
