using SchoolPortal.Benchmarks.JournalCircuits;

namespace SchoolPortal.Tests.Benchmarks;

public class PortalMemoryTests
{
    [Fact]
    public void Resident_set_is_read_from_the_vmrss_line_of_proc_status()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 4000000 kB\nVmHWM:\t  300000 kB\nVmRSS:\t  251392 kB\nRssAnon:\t  200000 kB\n";

        Assert.Equal(251392, PortalMemory.ResidentKilobytes(status));
    }

    [Fact]
    public void Resident_set_of_this_process_is_a_plausible_size()
    {
        var megabytes = PortalMemory.ResidentMegabytes(Environment.ProcessId);

        Assert.InRange(megabytes, 10, 64 * 1024);
    }
}
