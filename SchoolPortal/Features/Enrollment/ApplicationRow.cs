using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One line of «Заявления».</summary>
public sealed record ApplicationRow(int Id, string Number, long? EpguOrderId, DateOnly FiledOn, ApplicationKind Kind, ApplicationChannel Channel,
    ApplicationStatus Status, string ChildName, DateOnly ChildBirthDate, string? ChildDocument, AdmissionRight Right, bool LivesOnTerritory,
    AdmissionStage? Stage, int SchoolId, string SchoolName, int? DuplicateOfId)
{
    public string KindName => EnrollmentNames.Name(Kind);
    public string ChannelName => EnrollmentNames.Name(Channel);
    public string StatusName => EnrollmentNames.Name(Status);
    public string RightName => ApplicationTexts.Name(Right);
    public string Link => $"/enrollment/applications/{Id}";
}
