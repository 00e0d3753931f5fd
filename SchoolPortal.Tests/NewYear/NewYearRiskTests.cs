using SchoolPortal.Domain.NewYear;
using SchoolPortal.Features.NewYear.Wizard;

namespace SchoolPortal.Tests.NewYear;

public sealed class NewYearRiskTests
{
    private static SchoolProgress School(string name, RolloverState? state, int done, int daysLeft) =>
        new(name.Length, name, "район", state is null ? null : 1, state, done, [], new DateOnly(2027, 9, 6), daysLeft,
            NewYearRisk.Of(state, done, daysLeft, preparationOpen: true));

    [Fact]
    public void Overdue_schools_come_first_then_near_deadline_then_not_started_and_the_opened_last()
    {
        var ordered = NewYearRisk.Order([
            School("открыт", RolloverState.Opened, 5, -3),
            School("готов", RolloverState.Draft, 5, 10),
            School("идёт-3", RolloverState.Draft, 3, 90),
            School("идёт-1", RolloverState.Draft, 1, 90),
            School("не начат", null, 0, 90),
            School("близко", RolloverState.Draft, 4, 12),
            School("просрочен", RolloverState.Draft, 4, -1),
        ]);

        Assert.Equal(["просрочен", "близко", "не начат", "идёт-1", "идёт-3", "готов", "открыт"], ordered.Select(s => s.SchoolName));
    }

    [Fact]
    public void A_school_not_started_near_the_deadline_is_at_risk()
    {
        Assert.Equal(RiskLevel.Near, NewYearRisk.Of(null, 0, NewYearRisk.NearDays, preparationOpen: true));
        Assert.Equal(RiskLevel.NotStarted, NewYearRisk.Of(null, 0, NewYearRisk.NearDays + 1, preparationOpen: true));
    }

    [Fact]
    public void A_school_not_started_after_1_april_is_at_risk_and_before_it_only_waits()
    {
        var before = NewYearRisk.Of(null, 0, daysLeft: 200, preparationOpen: false);
        var after = NewYearRisk.Of(null, 0, daysLeft: 150, preparationOpen: true);

        Assert.Equal(RiskLevel.Waiting, before);
        Assert.Equal("Откроется 1 апреля", NewYearRisk.Describe(before));
        Assert.Equal(RiskLevel.NotStarted, after);
        Assert.Equal("Не начато, хотя 1 апреля прошло", NewYearRisk.Describe(after));
        Assert.True(after < RiskLevel.InProgress, "a school late to start comes before the schools in progress");
    }
}
