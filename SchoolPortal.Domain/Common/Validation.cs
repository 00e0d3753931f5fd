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
}
