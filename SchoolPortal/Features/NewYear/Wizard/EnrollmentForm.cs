using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>A new pupil enrolled from the new year: who, and into which class of the new year.</summary>
public sealed class EnrollmentForm
{
    public string? Surname { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public bool NoPatronymic { get; set; }
    public DateTime? BirthDate { get; set; }
    public Gender? Gender { get; set; }
    public int? TargetClassId { get; set; }
}
