namespace SchoolPortal.Domain.NewYear;

/// <summary>
/// A class of the next year as proposed: 6А from this year's 5А (<see cref="FromClassIds"/>), or a new one (grade 1, grade
/// 10) with no source. <see cref="HolidayPeriodId"/> is this year's holiday set whose copy the class gets.
/// </summary>
public sealed record ProposedClass(int Grade, string Letter, int? HomeroomTeacherId, int? HolidayPeriodId, IReadOnlyList<int> FromClassIds)
{
    public string Name => $"{Grade}{Letter}";

    public bool IsNew => FromClassIds.Count == 0;
}
