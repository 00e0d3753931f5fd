using System.Globalization;

namespace SchoolPortal.Benchmarks;

/// <summary>The options of a benchmark's command line (<c>--name value</c>), read the same way by every scenario.</summary>
public static class CommandLine
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is not given.</summary>
    public static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        if (i < 0)
            return null;
        return i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"После {name} нужно значение.");
    }

    /// <summary>A whole number after <paramref name="name"/> (at least 1, or 0 with <paramref name="allowZero"/>), or the fallback.</summary>
    public static int Positive(string[] args, string name, int fallback, bool allowZero = false)
    {
        var text = Value(args, name);
        if (text is null)
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < (allowZero ? 0 : 1))
            throw new ArgumentException($"{name}: ожидается {(allowZero ? "неотрицательное" : "положительное")} целое число, получено «{text}».");
        return value;
    }
}
