using SchoolPortal.Components.Shared;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Features.Staff;

/// <summary>
/// The staff card as the user types it: plain text and pickers, so a wrong value stays in the input with its message
/// under it. The service turns it into the domain's value objects.
/// </summary>
public sealed class EmployeeForm : PersonFields
{
    /// <summary>0 for a new employee.</summary>
    public int Id { get; set; }

    /// <summary>The school of a new employee (operators choose it; a school administrator's own school otherwise).</summary>
    public int? SchoolId { get; set; }

    public string? SchoolName { get; set; }

    /// <summary>«Это другой человек»: an administrator's reason to save although an existing record matches.</summary>
    public string? DuplicateReason { get; set; }


    public string? PassportSeries { get; set; }
    public string? PassportNumber { get; set; }
    public DateTime? PassportIssuedOn { get; set; }
    public string? PassportIssuedBy { get; set; }

    public string? Snils { get; set; }
    public string? Position { get; set; }
    public QualificationCategory Category { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool OnMaternityLeave { get; set; }
    public string? Education { get; set; }

    /// <summary>Read only: set by «Уволить».</summary>
    public DateOnly? DismissedOn { get; set; }

    public bool IsNew => Id == 0;
}
