using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// The risk order of the overview: first the schools past the deadline (6 September) without an opened year, then those
/// within <see cref="NearDays"/> days of it with steps missing, then those that have not started though 1 April passed, then
/// those in progress, then those waiting for 1 April; the ready ones and the opened ones last. Within a level, fewer confirmed steps first, then the nearer deadline.
/// </summary>
public static class NewYearRisk
{
    public const int NearDays = 30;

    /// <param name="preparationOpen">1 April of the new year's first calendar year has come (forming may start).</param>
    public static RiskLevel Of(RolloverState? state, int stepsDone, int daysLeft, bool preparationOpen)
    {
        if (state is RolloverState.Opened or RolloverState.Opening)
            return RiskLevel.Done;
        if (daysLeft < 0)
            return RiskLevel.Overdue;
        if (stepsDone == 5)
            return RiskLevel.Ready;
        if (daysLeft <= NearDays)
            return RiskLevel.Near;
        if (state is not null)
            return RiskLevel.InProgress;
        return preparationOpen ? RiskLevel.NotStarted : RiskLevel.Waiting;
    }

    public static IReadOnlyList<SchoolProgress> Order(IEnumerable<SchoolProgress> schools) =>
        schools.OrderBy(s => s.Risk).ThenBy(s => s.StepsDone).ThenBy(s => s.DaysLeft).ThenBy(s => s.SchoolName).ToList();

    public static string Describe(RiskLevel risk) => risk switch
    {
        RiskLevel.Overdue => "Срок прошёл",
        RiskLevel.Near => "Срок близко",
        RiskLevel.NotStarted => "Не начато, хотя 1 апреля прошло",
        RiskLevel.InProgress => "Формируется",
        RiskLevel.Waiting => "Откроется 1 апреля",
        RiskLevel.Ready => "Готово к открытию",
        _ => "Открыт",
    };
}
