namespace SchoolPortal.Features.Staff;

/// <summary>The columns the staff list sorts by; the names match <see cref="StaffRow"/> so the grid's sort maps by name.</summary>
public enum StaffSortField
{
    FullName,
    Position,
    CategoryName,
    Phone,
    Email,
    Snils,
    OnMaternityLeave,
    Status,
    SchoolName,
}
