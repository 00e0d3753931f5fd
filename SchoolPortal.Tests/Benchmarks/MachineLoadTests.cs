using System.Text.Json;
using SchoolPortal.Benchmarks.JournalCircuits;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Tests.Benchmarks;

public class MachineLoadTests
{
    [Fact]
    public void The_busy_share_is_the_busy_ticks_over_all_ticks_between_two_readings()
    {
        Assert.Equal(0.75, MachineLoad.BusyShare((100, 400), (250, 600)));
        Assert.True(double.IsNaN(MachineLoad.BusyShare(null, (250, 600))));
        Assert.True(double.IsNaN(MachineLoad.BusyShare((100, 400), (100, 400))));
    }

    [Fact]
    public void This_machine_s_ticks_only_grow()
    {
        if (MachineLoad.Ticks() is not { } first)
            return; // not Linux: nothing to read
        Assert.InRange(first.Busy, 0, first.Total);
        var second = MachineLoad.Ticks()!.Value;
        Assert.True(second.Total >= first.Total);
    }

    [Fact]
    public void Chromium_s_counters_are_read_by_name_and_summed_per_mark()
    {
        var metrics = JsonDocument.Parse("""
            {"metrics":[{"name":"TaskDuration","value":0.5},{"name":"LayoutDuration","value":0.1},
                        {"name":"RecalcStyleDuration","value":0.05},{"name":"ScriptDuration","value":0.2},{"name":"LayoutCount","value":30}]}
            """).RootElement;

        var work = PageWork.From(metrics) + PageWork.From(metrics) - PageWork.From(metrics);

        Assert.Equal(new PageWork(0.5, 0.1, 0.05, 0.2, 30), work);
        Assert.Equal("задачи 50.0 ms (раскладка 10.0 ms, 3.0 раз; стили 5.0 ms; скрипты 20.0 ms)", work.PerMark(10));
        Assert.Equal("н/д", work.PerMark(0));
        Assert.Equal(PageWork.None, PageWork.From(null));
    }
}
