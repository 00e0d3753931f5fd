using System.Text.RegularExpressions;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.People;

public sealed partial record Email
{
    public string Value { get; }

    private Email(string value) => Value = value;


    /// <summary>
    /// The value as it was stored, without the checks: records imported before validation existed may hold invalid
    /// values; the data quality checks report them and the card refuses to save them until fixed.
    /// </summary>
    public static Email Restore(string stored) => new(stored);

    public static Email Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("Адрес электронной почты не указан.", "email");
        var value = text.Trim();
        if (value.Length > 254 || !Shape().IsMatch(value))
            throw new DomainException($"«{value}» не похоже на адрес электронной почты (нужно имя@домен.зона).", "email");
        return new Email(value.ToLowerInvariant());
    }

    public static string? Validate(string? text) => Validation.ErrorOf(() => Parse(text));

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex Shape();

    public override string ToString() => Value;
}
