namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The machine's load average (Linux /proc/loadavg), printed beside the figures: on a shared machine other builds take
/// cores from the portal and the client, and a run under load must not pass for the portal's speed.
/// </summary>
public static class MachineLoad
{
    public static string Average()
    {
        const string file = "/proc/loadavg";
        if (!File.Exists(file))
            return "н/д";
        var parts = File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 ? string.Join(' ', parts[..3]) : "н/д";
    }
}
