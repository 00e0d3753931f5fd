using System.Diagnostics;
using SchoolPortal.Benchmarks.Cluster;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Tests.Benchmarks;

public class NodeCpuBudgetTests
{
    [Fact]
    public void A_held_process_runs_in_a_group_of_its_own_which_is_removed_after_it()
    {
        NodeCpuBudget budget;
        try
        {
            budget = NodeCpuBudget.Create("test", 0.5);
        }
        catch (PortfolioLoadException) when (!OperatingSystem.IsLinux() || Environment.UserName != "root"
            || !(Directory.Exists("/sys/fs/cgroup/cpu") || File.Exists("/sys/fs/cgroup/cgroup.controllers")))
        {
            return; // --node-cores needs Linux, root and the cpu controller; the benchmark says so itself
        }
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        string group;
        using (budget)
        {
            budget.Hold(sleeper.Id);
            group = File.ReadAllLines($"/proc/{sleeper.Id}/cgroup").Single(l => l.Contains("schoolportal-bench-", StringComparison.Ordinal));
            Assert.Contains($"schoolportal-bench-{Environment.ProcessId}-test", group);
            sleeper.Kill();
            sleeper.WaitForExit();
        }
        var folder = group.Split(':')[^1];
        Assert.False(Directory.Exists("/sys/fs/cgroup/cpu" + folder) || Directory.Exists("/sys/fs/cgroup" + folder));
    }
}
