using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The application card: every field of the application, its status history, the EPGU messages sent, the actions allowed
/// now, the free places of its kind, and the children of the region the application looks like (enrolled by moving that
/// card).
/// </summary>
public sealed class ApplicationCard
{
    public required int Id { get; init; }
    public required string Number { get; init; }
    public required ApplicationChannel Channel { get; init; }
    public required long? EpguOrderId { get; init; }
    public required DateTimeOffset? EpguFiledAt { get; init; }
    public required DateOnly FiledOn { get; init; }
    public required ApplicationKind Kind { get; init; }
    public required int SchoolId { get; init; }
    public required string SchoolName { get; init; }
    public required int Year { get; init; }
    public required string? TenthGradeProfile { get; init; }
    public required ApplicationStatus Status { get; init; }
    public required AdmissionStage? Stage { get; init; }
    public required RefusalReason? RefusalReason { get; init; }

    public required string ChildName { get; init; }
    public required DateOnly ChildBirthDate { get; init; }
    public required string ChildGender { get; init; }
    public required string? ChildSnils { get; init; }
    public required string? ChildDocument { get; init; }
    public required DateOnly? ChildDocumentIssuedOn { get; init; }
    public required string? ChildBirthActNumber { get; init; }
    public required string? ResidenceAddress { get; init; }
    public required string? RegistrationAddress { get; init; }

    public required string ApplicantName { get; init; }
    public required string? ApplicantDocument { get; init; }
    public required string? ApplicantPhone { get; init; }
    public required string? ApplicantEmail { get; init; }
    public required string? ApplicantRelation { get; init; }

    public required AdmissionRight Right { get; init; }
    public required string? RightDocument { get; init; }
    public required string? SiblingName { get; init; }
    public required bool LivesOnTerritory { get; init; }
    public required string? MatchedTerritoryLine { get; init; }
    public required string Language { get; init; }
    public required bool NeedsAdaptedProgramme { get; init; }
    public required bool FounderPermission { get; init; }
    public required string? FounderPermissionDocument { get; init; }

    /// <summary>Why the founder's permission is needed for this child's age, or null.</summary>
    public required string? AgeNote { get; init; }

    public required int? DuplicateOfId { get; init; }
    public required string? DuplicateOfNumber { get; init; }
    public required int? PupilId { get; init; }
    public required string? EnrollmentOrder { get; init; }

    public required IReadOnlyList<ApplicationHistoryRow> History { get; init; }
    public required IReadOnlyList<EpguMessageRow> EpguMessages { get; init; }

    /// <summary>Empty for a user who only reads (operators).</summary>
    public required IReadOnlyList<ApplicationAction> Actions { get; init; }

    /// <summary>Why «Направить в ООО» is refused today (before the directing day of a first-stage application), or null.</summary>
    public required string? DirectBlockedReason { get; init; }

    /// <summary>Free places of the kind (grade 1 or 10) in the campaign; null for transfers or when no places are published.</summary>
    public required int? FreePlaces { get; init; }

    public required IReadOnlyList<ChildInRegion> ChildrenInRegion { get; init; }

    public string KindName => EnrollmentNames.Name(Kind);
    public string ChannelName => EnrollmentNames.Name(Channel);
    public string StatusName => EnrollmentNames.Name(Status);
    public string RightName => ApplicationTexts.Name(Right);
    public string? StageName => Stage is { } s ? EnrollmentNames.Name(s) : null;
    public string? RefusalName => RefusalReason is { } r ? EnrollmentNames.Name(r) : null;
}
