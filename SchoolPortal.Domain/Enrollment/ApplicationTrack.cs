namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// What <see cref="ViolationRules"/> needs to know of one application: its kind, stage, filing day and status, the first day
/// it was directed and the day of its last status change (region dates), and the enrolment order that enrolled it.
/// </summary>
public sealed record ApplicationTrack(
    ApplicationKind Kind,
    AdmissionStage? Stage,
    DateOnly FiledOn,
    ApplicationStatus Status,
    RefusalReason? RefusalReason,
    DateOnly? DirectedOn,
    DateOnly LastChangeOn,
    string? OrderNumber = null,
    DateOnly? OrderDate = null);
