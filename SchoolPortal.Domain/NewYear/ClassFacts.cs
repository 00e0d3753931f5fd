namespace SchoolPortal.Domain.NewYear;

/// <summary>A class of the current year as the class mapping reads it.</summary>
public sealed record ClassFacts(int Id, int Grade, string Letter, int? HomeroomTeacherId, int? HolidayPeriodId)
{
    public string Name => $"{Grade}{Letter}";
}
