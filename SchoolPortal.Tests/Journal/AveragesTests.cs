using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Journal;

public sealed class AveragesTests
{
    private static Mark M(int value, WorkType type = WorkType.Answer, decimal? weight = null) => new(MarkValue.Score(value), type, weight);

    [Fact]
    public void Weighted_counts_each_mark_by_its_weight()
    {
        // (5·1 + 2·3) / 4 = 2.75: a control work weighs three answers.
        Assert.Equal(2.75m, Averages.Weighted([M(5), M(2, WorkType.Control)]));
        Assert.Equal(4.5m, Averages.Weighted([M(5), M(4)]));
    }

    [Fact]
    public void Weighted_ignores_pass_fail_marks_and_is_empty_without_marks()
    {
        Assert.Null(Averages.Weighted([]));
        Assert.Null(Averages.Weighted([new Mark(MarkValue.Pass, WorkType.Test)]));
        Assert.Equal(4m, Averages.Weighted([M(4), new Mark(MarkValue.Fail, WorkType.Test)]));
    }

    [Fact]
    public void Weighted_rounds_to_hundredths() => Assert.Equal(4.33m, Averages.Weighted([M(5), M(4), M(4)]));

    [Theory]
    [InlineData(3.5, 4)]
    [InlineData(3.49, 3)]
    [InlineData(4.5, 5)]
    [InlineData(2.5, 3)]
    [InlineData(1.2, 1)]
    [InlineData(5, 5)]
    public void Suggest_rounds_half_up(double average, int suggested) => Assert.Equal(suggested, Averages.Suggest((decimal)average));

    [Fact]
    public void Suggest_is_empty_without_an_average() => Assert.Null(Averages.Suggest(null));

    [Fact]
    public void Mean_skips_pupils_without_marks() => Assert.Equal(4.25m, Averages.Mean([4.5m, null, 4m]));

    [Fact]
    public void SuggestPassFail_takes_the_last_pass_or_fail() =>
        Assert.Equal(MarkValue.Pass, Averages.SuggestPassFail([new Mark(MarkValue.Fail, WorkType.Test), new Mark(MarkValue.Pass, WorkType.Test)]));
}
