namespace SchoolPortal.Features.Portfolio;

/// <summary>The diary (дневник) of a child for one week: six school days with lessons, homework, marks and attendance.</summary>
/// <param name="Monday">The week's first day; the previous and next weeks are seven days away.</param>
/// <param name="Notice">A note on the request, e.g. that an unreadable week was replaced by the current one.</param>
public sealed record DiaryWeek(PortfolioChild Child, DateOnly Monday, DateOnly Today, IReadOnlyList<DiaryDay> Days, string? Notice = null)
{
    public const string WeekFormat = "yyyy-MM-dd";

    public DateOnly Saturday => Monday.AddDays(5);

    public DateOnly PreviousMonday => Monday.AddDays(-7);

    public DateOnly NextMonday => Monday.AddDays(7);

    public bool IsEmpty => Days.All(d => d.Lessons.Count == 0);

    /// <summary>The Monday of the week that contains <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
