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

    /// <summary>Processor time used over <paramref name="span"/>, in cores («0.50»); «н/д» when unknown.</summary>
    public static string Cores(TimeSpan? used, TimeSpan span) =>
        used is { } time ? (time.TotalSeconds / span.TotalSeconds).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "н/д";

    /// <summary>The processor time of all cores so far (Linux /proc/stat, in clock ticks): busy and in all; null elsewhere.</summary>
    public static (long Busy, long Total)? Ticks()
    {
        const string file = "/proc/stat";
        if (!File.Exists(file))
            return null;
        using var reader = new StreamReader(file);
        var cpu = reader.ReadLine()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (cpu is null || cpu.Length < 5 || cpu[0] != "cpu")
            return null;
        var values = cpu[1..].Select(long.Parse).ToArray();
        // user nice system idle iowait irq softirq steal …: idle and iowait are the idle part.
        var idle = values[3] + (values.Length > 4 ? values[4] : 0);
        var total = values.Take(8).Sum();
        return (total - idle, total);
    }

    /// <summary>The share of the machine's processor time that was busy between two <see cref="Ticks"/>, from 0 to 1; NaN when unknown.</summary>
    public static double BusyShare((long Busy, long Total)? from, (long Busy, long Total)? to) =>
        from is { } a && to is { } b && b.Total > a.Total ? (double)(b.Busy - a.Busy) / (b.Total - a.Total) : double.NaN;

    /// <summary>
    /// Waits until the machine has been less than <paramref name="busyShare"/> busy for <paramref name="quietSeconds"/>
    /// seconds in a row, at most <paramref name="limit"/>; returns how long it waited.
    /// </summary>
    public static async Task<TimeSpan> SettleAsync(double busyShare, int quietSeconds, TimeSpan limit)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var quiet = 0;
        while (started.Elapsed < limit && quiet < quietSeconds)
        {
            var before = Ticks();
            await Task.Delay(TimeSpan.FromSeconds(1));
            var share = BusyShare(before, Ticks());
            if (double.IsNaN(share))
                break;
            quiet = share < busyShare ? quiet + 1 : 0;
        }
        return started.Elapsed;
    }
}
