namespace SchoolPortal.Features.Enrollment;

/// <summary>A class an order may enrol into: «1А (2027/2028, с нового года)» or «5Б (2026/2027)».</summary>
public sealed record OrderClassOption(int Id, string Name, int Grade, string YearName, bool FromNewYear)
{
    public string Title => FromNewYear ? $"{Name} ({YearName}, с нового года)" : $"{Name} ({YearName})";
}
