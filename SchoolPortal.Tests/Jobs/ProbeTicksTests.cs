using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Jobs;

/// <summary>The cluster's probe runs are counted per tick they ran for, not per moment they were triggered.</summary>
public sealed class ProbeTicksTests
{
    private static readonly TimeSpan Twenty = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("2026-12-06T05:17:54.0000000+00:00", "2026-12-06T05:17:40.0000000+00:00")]
    [InlineData("2026-12-06T05:18:00.0000000+00:00", "2026-12-06T05:18:00.0000000+00:00")]
    [InlineData("2026-12-06T05:18:19.9990000+00:00", "2026-12-06T05:18:00.0000000+00:00")]
    [InlineData("2026-12-06T08:18:41.5000000+03:00", "2026-12-06T08:18:40.0000000+03:00")]
    public void A_run_belongs_to_the_latest_tick_at_or_before_its_trigger(string triggered, string tick) =>
        Assert.Equal(DateTimeOffset.Parse(tick), ProbeTicks.Of(DateTimeOffset.Parse(triggered), Twenty));

    [Fact]
    public void A_tick_triggered_late_and_the_next_one_on_time_are_two_ticks_but_two_runs_after_one_tick_are_one()
    {
        var late = DateTimeOffset.Parse("2026-12-06T05:17:54+00:00");
        var onTime = DateTimeOffset.Parse("2026-12-06T05:18:00+00:00");
        var twice = DateTimeOffset.Parse("2026-12-06T05:18:03+00:00");
        Assert.NotEqual(ProbeTicks.Of(late, Twenty), ProbeTicks.Of(onTime, Twenty));
        Assert.Equal(ProbeTicks.Of(onTime, Twenty), ProbeTicks.Of(twice, Twenty));
    }
}
