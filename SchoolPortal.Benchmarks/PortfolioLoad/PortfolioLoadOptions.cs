using System.Globalization;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The load settings, read from the command line beside the runner's own options (<see cref="BenchmarkOptions"/> only
/// knows --size, --runs and --warmup): <c>--duration</c> and <c>--warmup-time</c> in seconds, <c>--connections</c>,
/// <c>--path</c> (the page; <c>{pupilId}</c> is replaced by the parent's child), <c>--marker</c> (text the page must
/// contain) and <c>--portal</c> (a built SchoolPortal.dll to run instead of the Release build output).
/// </summary>
public sealed record PortfolioLoadOptions(int DurationSeconds, int WarmUpSeconds, int Connections, string PathTemplate, string Marker, string? PortalDll)
{
    /// <summary>The parent's portfolio page of a child (issue 4); the template's <c>{pupilId}</c> is the child.</summary>
    public const string PortfolioPath = "/portfolio/{pupilId}";

    public const string PupilIdToken = "{pupilId}";

    /// <summary>
    /// Text only the portfolio page shows, so a 200 answer that is another page (a message instead of the portfolio) fails
    /// the run. The section name of issue 4; set it to a string of the final page template with --marker if it differs.
    /// </summary>
    public const string PortfolioMarker = "data-testid=\"portfolio-name\"";

    public static PortfolioLoadOptions Parse(string[] args)
    {
        var path = Value(args, "--path") ?? PortfolioPath;
        if (!path.StartsWith('/'))
            throw new ArgumentException($"--path должен начинаться с «/»: {path}");
        var marker = Value(args, "--marker") ?? PortfolioMarker;
        if (marker.Length == 0)
            throw new ArgumentException("--marker не может быть пустым.");
        return new PortfolioLoadOptions(
            Positive(args, "--duration", 20),
            Positive(args, "--warmup-time", 5, allowZero: true),
            Positive(args, "--connections", 50),
            path, marker, Value(args, "--portal"));
    }

    public string PathFor(int pupilId) => PathTemplate.Replace(PupilIdToken, pupilId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static int Positive(string[] args, string name, int fallback, bool allowZero = false)
    {
        var text = Value(args, name);
        if (text is null)
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < (allowZero ? 0 : 1))
            throw new ArgumentException($"{name}: ожидается {(allowZero ? "неотрицательное" : "положительное")} целое число, получено «{text}».");
        return value;
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        if (i < 0)
            return null;
        return i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"После {name} нужно значение.");
    }
}
