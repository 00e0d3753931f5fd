using Bunit;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Portfolio;

public sealed class BarChartTests : MudTestContext
{
    [Fact]
    public void Bars_are_as_high_as_their_values_on_the_scale_with_the_values_written_above_and_names_escaped()
    {
        var cut = Render<BarChart>(p => p
            .Add(x => x.Labels, ["1 четв.", "<2>"])
            .Add(x => x.Series, [new BarSeries("Ребёнок", "#1565c0", [5, 2.5]), new BarSeries("Класс", "#b0bec5", [4, 0])])
            .Add(x => x.Scale, 5));

        var heights = cut.FindAll("rect").Select(r => double.Parse(r.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, heights.Count);
        Assert.Equal(126, heights[0]);
        Assert.Equal(63, heights[2]);
        Assert.Equal(0, heights[3]);
        Assert.Contains("2,5", cut.Markup);
        Assert.Contains("&lt;2&gt;", cut.Markup);
        Assert.Equal(2, cut.FindAll(".bar-chart-legend span").Count);
    }

    [Fact]
    public void A_period_without_marks_draws_no_bar_and_no_zero_for_the_child_in_the_average_chart()
    {
        var subject = new SubjectRecord(7, "Математика",
        [
            new PeriodResult(1, "1 четв.", [], 4.5m, 4.1m, "5"),
            new PeriodResult(2, "2 четв.", [], null, 3.9m, null),
        ]);

        var cut = Render<AverageChart>(p => p.Add(x => x.Subject, subject));

        var bars = cut.FindAll("rect");
        var values = cut.FindAll("text.bar-chart-value").Select(t => t.TextContent).ToList();
        Assert.Equal(3, bars.Count); // child 1st, class 1st, class 2nd: no bar for the child's empty 2nd quarter
        Assert.DoesNotContain(bars, b => b.GetAttribute("height") == "0");
        Assert.Equal(["4,5", "4,1", "—", "3,9"], values);
        Assert.DoesNotContain(values, v => v == "0");
        Assert.Contains("ребёнок —", cut.Find("[role=img]").GetAttribute("aria-label"));
    }
}
