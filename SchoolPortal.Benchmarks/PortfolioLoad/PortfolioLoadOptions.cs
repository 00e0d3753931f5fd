using System.Globalization;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The load settings, read from the command line beside the runner's own options (<see cref="BenchmarkOptions"/> only
/// knows --size, --runs and --warmup): <c>--duration</c> and <c>--warmup-time</c> in seconds, <c>--connections</c>,
/// <c>--path</c> (the page; <c>{pupilId}</c> is replaced by the parent's child), <c>--marker</c> (text the page must
/// contain), <c>--portal</c> (a built SchoolPortal.dll to run instead of the Release build output) and <c>--node-cores</c>
/// (each portal process held to that many cores, <see cref="Cluster.NodeCpuBudget"/>; unset: no limit).
/// </summary>
public sealed record PortfolioLoadOptions(int DurationSeconds, int WarmUpSeconds, int Connections, string PathTemplate, string Marker, string? PortalDll,
    double? NodeCores = null)
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
        var path = CommandLine.Value(args, "--path") ?? PortfolioPath;
        if (!path.StartsWith('/'))
            throw new ArgumentException($"--path должен начинаться с «/»: {path}");
        var marker = CommandLine.Value(args, "--marker") ?? PortfolioMarker;
        if (marker.Length == 0)
            throw new ArgumentException("--marker не может быть пустым.");
        double? nodeCores = null;
        if (CommandLine.Value(args, "--node-cores") is { } text)
        {
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cores) || cores <= 0
                || cores > Environment.ProcessorCount)
                throw new ArgumentException($"--node-cores: ожидается доля ядер больше 0 и не больше {Environment.ProcessorCount} (например 0.5), получено «{text}».");
            nodeCores = cores;
        }
        return new PortfolioLoadOptions(
            CommandLine.Positive(args, "--duration", 20),
            CommandLine.Positive(args, "--warmup-time", 5, allowZero: true),
            CommandLine.Positive(args, "--connections", 50),
            path, marker, CommandLine.Value(args, "--portal"), nodeCores);
    }

    public string PathFor(int pupilId) => PathTemplate.Replace(PupilIdToken, pupilId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
