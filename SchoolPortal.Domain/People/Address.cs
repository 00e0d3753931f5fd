using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.People;

/// <summary>A postal address as one line: «454080, Челябинская обл., г. Челябинск, ул. Ленина, д. 5, кв. 3».</summary>
public sealed record Address
{
    public string Text { get; }

    private Address(string text) => Text = text;


    /// <summary>
    /// The value as it was stored, without the checks: records imported before validation existed may hold invalid
    /// values; the data quality checks report them and the card refuses to save them until fixed.
    /// </summary>
    public static Address Restore(string stored) => new(stored);

    public static Address Parse(string? text, string label = "Адрес")
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException($"{label}: не указан.", "address");
        var value = Validation.CollapseSpaces(text);
        if (value.Length < 10)
            throw new DomainException($"{label}: слишком коротко, укажите населённый пункт, улицу и дом.", "address");
        if (value.Length > 500)
            throw new DomainException($"{label}: не длиннее 500 символов.", "address");
        if (!value.Any(char.IsAsciiDigit))
            throw new DomainException($"{label}: не указан номер дома.", "address");
        return new Address(value);
    }

    /// <summary>The six-digit postal code at the start, if the address has one.</summary>
    public string? PostalCode => Text.Length >= 6 && Text[..6].All(char.IsAsciiDigit) ? Text[..6] : null;

    public override string ToString() => Text;
}
