using SchoolPortal.Benchmarks;

namespace SchoolPortal.Tests.Benchmarks;

public class NearestRankTests
{
    [Fact]
    public void P95_of_twenty_saves_is_the_nineteenth_slowest_from_the_bottom()
    {
        var sorted = Enumerable.Range(1, 20).Select(i => (double)i * 10).ToList();

        Assert.Equal(190, NearestRank.Of(sorted, 0.95));
    }

    [Fact]
    public void P95_of_a_hundred_values_is_the_95th_and_of_ten_the_largest()
    {
        Assert.Equal(95, NearestRank.Of(Enumerable.Range(1, 100).Select(i => (double)i).ToList(), 0.95));
        Assert.Equal(10, NearestRank.Of(Enumerable.Range(1, 10).Select(i => (double)i).ToList(), 0.95));
        Assert.Equal(7, NearestRank.Of([7], 0.95));
    }

    [Fact]
    public void Percentile_of_nothing_is_not_a_number_and_a_share_outside_zero_to_one_is_refused()
    {
        Assert.True(double.IsNaN(NearestRank.Of([], 0.95)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestRank.Of([1, 2], 95));
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestRank.Of([1, 2], 0));
    }
}
