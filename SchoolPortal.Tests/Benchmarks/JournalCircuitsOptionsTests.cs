using SchoolPortal.Benchmarks.JournalCircuits;

namespace SchoolPortal.Tests.Benchmarks;

public class JournalCircuitsOptionsTests
{
    [Fact]
    public void Without_options_the_issue_s_steps_type_every_3_seconds_for_a_minute()
    {
        var options = JournalCircuitsOptions.Parse(["journal-circuits", "--size", "demo"]);

        Assert.Equal([10, 25, 50], options.Teachers);
        Assert.Equal(60, options.Seconds);
        Assert.Equal(20, options.MarksPerTeacher);
    }

    [Fact]
    public void A_short_check_run_takes_its_own_steps_sorted_and_its_own_duration()
    {
        var options = JournalCircuitsOptions.Parse(["journal-circuits", "--teachers", "4,2", "--seconds", "10"]);

        Assert.Equal([2, 4], options.Teachers);
        Assert.Equal(3, options.MarksPerTeacher);
    }

    [Fact]
    public void One_step_gives_no_slope_and_is_refused()
    {
        Assert.Throws<ArgumentException>(() => JournalCircuitsOptions.Parse(["journal-circuits", "--teachers", "10"]));
        Assert.Throws<ArgumentException>(() => JournalCircuitsOptions.Parse(["journal-circuits", "--teachers", "10,x"]));
    }
}
