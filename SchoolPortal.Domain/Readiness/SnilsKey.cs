using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// A SNILS as support staff type it, in any formatting («123-456-789 01», «12345678901», «123 456 789 01»): the eleven
/// digits to look up. A wrong control number does not stop the look-up (records imported before the checks may hold
/// one), but <see cref="ChecksumWarning"/> says so, for a «не найдено» that is likely a typo.
/// </summary>
public sealed record SnilsKey
{
    public const string Example = "123-456-789 01";

    /// <summary>The eleven digits, as stored.</summary>
    public string Digits { get; }

    public string? ChecksumWarning { get; }

    private SnilsKey(string digits, string? checksumWarning)
    {
        Digits = digits;
        ChecksumWarning = checksumWarning;
    }

    public static SnilsKey Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException($"Укажите СНИЛС родителя, например «{Example}».", "snils");
        if (text.Any(c => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && c is not '-' and not '–'))
            throw new DomainException("СНИЛС может содержать только цифры, дефисы и пробелы.", "snils");
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 11)
            throw new DomainException($"В СНИЛС 11 цифр, введено {digits.Length}.", "snils");
        return new SnilsKey(digits, Snils.Validate(digits));
    }

    public static string? Validate(string? text) => Validation.ErrorOf(() => Parse(text));

    public Snils ToSnils() => Snils.Restore(Digits);

    public override string ToString() => ToSnils().Formatted;
}
