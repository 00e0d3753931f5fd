using System.Globalization;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.Cluster;

/// <summary>
/// A portal process held to a share of the machine's processor time, as if it ran on a machine of its own of that size:
/// a Linux control group of its own (the <c>cpu</c> controller, cgroup v1 or v2) with a quota of <c>cores</c> per period.
/// <c>portfolio-load --node-cores 0.5</c> gives the single node and each node of the cluster the same budget, so the
/// comparison is one node against two nodes of the same size, with the load client, nginx and Redis on the rest of the
/// cores. The group is removed when disposed (after its process has ended).
/// </summary>
public sealed class NodeCpuBudget : IDisposable
{
    // A short period: a node that spends its quota early waits at most this long, so the throttling shows as a few
    // milliseconds of latency rather than a hundred.
    private const int PeriodMicroseconds = 10_000;
    private const string Root = "/sys/fs/cgroup";

    private readonly string _folder;

    private NodeCpuBudget(string folder) => _folder = folder;

    /// <summary>Makes the group; fails with what is missing when the machine lets no process be limited (not Linux, not root).</summary>
    public static NodeCpuBudget Create(string name, double cores)
    {
        var unified = File.Exists(Path.Combine(Root, "cgroup.controllers"));
        var parent = unified ? Root : Path.Combine(Root, "cpu");
        if (!Directory.Exists(parent))
            throw new PortfolioLoadException($"--node-cores: нет {parent} (нужен Linux с контроллером cpu групп процессов).");
        var folder = Path.Combine(parent, $"schoolportal-bench-{Environment.ProcessId}-{name}");
        var quota = ((long)Math.Round(cores * PeriodMicroseconds)).ToString(CultureInfo.InvariantCulture);
        var period = PeriodMicroseconds.ToString(CultureInfo.InvariantCulture);
        try
        {
            if (unified)
                File.WriteAllText(Path.Combine(Root, "cgroup.subtree_control"), "+cpu");
            Directory.CreateDirectory(folder);
            if (unified)
            {
                File.WriteAllText(Path.Combine(folder, "cpu.max"), $"{quota} {period}");
            }
            else
            {
                File.WriteAllText(Path.Combine(folder, "cpu.cfs_period_us"), period);
                File.WriteAllText(Path.Combine(folder, "cpu.cfs_quota_us"), quota);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PortfolioLoadException($"--node-cores: не удалось создать группу {folder} ({e.Message}); нужны права root.");
        }
        return new NodeCpuBudget(folder);
    }

    /// <summary>Moves the process (all its threads, and the threads it starts later) into the group.</summary>
    public void Hold(int processId)
    {
        try
        {
            File.WriteAllText(Path.Combine(_folder, "cgroup.procs"), processId.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PortfolioLoadException($"--node-cores: процесс {processId} не помещён в {_folder}: {e.Message}");
        }
    }

    public void Dispose()
    {
        // The group can be removed once its processes have ended; a killed process may take a moment to be reaped.
        for (var attempt = 0; attempt < 50 && Directory.Exists(_folder); attempt++)
        {
            try
            {
                Directory.Delete(_folder);
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
