using SchoolPortal.Components.Shared;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>A new pupil enrolled from the new year: who, and into which class of the new year.</summary>
public sealed class EnrollmentForm : PersonFields
{
    public int? TargetClassId { get; set; }
}
