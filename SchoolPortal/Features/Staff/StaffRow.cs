using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Features.Staff;

/// <summary>One line of the staff list, ready to show.</summary>
public sealed record StaffRow(
    int Id,
    string FullName,
    string Position,
    QualificationCategory Category,
    string? Phone,
    string? Email,
    string? Snils,
    bool OnMaternityLeave,
    DateOnly? DismissedOn,
    string SchoolName)
{
    public string CategoryName => QualificationCategoryNames.Russian(Category);

    public string Status => DismissedOn is { } d ? $"уволен {d:dd.MM.yyyy}" : "работает";
}
