namespace SchoolPortal.Features.Enrollment;

/// <summary>An issued order as the school's list shows it.</summary>
public sealed record OrderRow(int Id, string Number, DateOnly Date, string ClassName, bool FromNewYear, int Children, bool IsLate, DateOnly? Deadline,
    string IssuedBy)
{
    public string? LateText => IsLate && Deadline is { } d ? $"издан позже срока ({d:dd.MM.yyyy})" : null;
}
