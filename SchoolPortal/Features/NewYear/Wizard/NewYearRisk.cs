using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// The risk order of the overview: first the schools past the deadline (6 September) without an opened year, then those
/// within <see cref="NearDays"/> days of it with steps missing, then those that have not started, then those in progress;
/// the ready ones and the opened ones last. Within a level, fewer confirmed steps first, then the nearer deadline.
/// </summary>
public static class NewYearRisk
{
    public const int NearDays = 30;

    public static RiskLevel Of(RolloverState? state, int stepsDone, int daysLeft)
    {
        if (state is RolloverState.Opened or RolloverState.Opening)
            return RiskLevel.Done;
        if (daysLeft < 0)
            return RiskLevel.Overdue;
        if (stepsDone == 5)
            return RiskLevel.Ready;
        if (daysLeft <= NearDays)
            return RiskLevel.Near;
        return state is null ? RiskLevel.NotStarted : RiskLevel.InProgress;
    }

    public static IReadOnlyList<SchoolProgress> Order(IEnumerable<SchoolProgress> schools) =>
        schools.OrderBy(s => s.Risk).ThenBy(s => s.StepsDone).ThenBy(s => s.DaysLeft).ThenBy(s => s.SchoolName).ToList();

    public static string Describe(RiskLevel risk) => risk switch
    {
        RiskLevel.Overdue => "Срок прошёл",
        RiskLevel.Near => "Срок близко",
        RiskLevel.NotStarted => "Не начато",
        RiskLevel.InProgress => "Формируется",
        RiskLevel.Ready => "Готово к открытию",
        _ => "Открыт",
    };
}
