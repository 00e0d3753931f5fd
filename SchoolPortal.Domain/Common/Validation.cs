namespace SchoolPortal.Domain.Common;

/// <summary>Turns a parse that throws <see cref="DomainException"/> into "the message or null", the shape form inputs want.</summary>
public static class Validation
{
    public static string? ErrorOf(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

    internal static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    internal static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A required line of text with its spaces collapsed, refused in Russian when empty or longer than <paramref name="max"/>.</summary>
    internal static string Required(string? text, string label, int max, string field)
    {
        var clean = CollapseSpaces(text ?? "");
        if (clean.Length == 0)
            throw new DomainException($"{label}: заполните поле.", field);
        if (clean.Length > max)
            throw new DomainException($"{label}: не длиннее {max} символов.", field);
        return clean;
    }

    /// <summary>An optional line of text: null when empty, refused when longer than <paramref name="max"/>.</summary>
    internal static string? Optional(string? text, string label, int max, string field)
    {
        var clean = CollapseSpaces(text ?? "");
        if (clean.Length > max)
            throw new DomainException($"{label}: не длиннее {max} символов.", field);
        return clean.Length == 0 ? null : clean;
    }
}
