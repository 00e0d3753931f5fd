namespace SchoolPortal.Domain.Camps;

/// <summary>A child's age in full years on a day (the shift's first day decides whether the child fits its age range).</summary>
public static class CampAge
{
    public static int On(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}
