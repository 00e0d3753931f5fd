using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One step of the card's status history.</summary>
public sealed record ApplicationHistoryRow(ApplicationStatus Status, DateTimeOffset At, string By, string? Comment)
{
    public string StatusName => EnrollmentNames.Name(Status);
}
