using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// A camp application's values checked by the domain: what the child and the applicant are looked up by in the region's
/// records (documents normalised as the records keep them), and what is filed: the shifts, the category and its document.
/// </summary>
public sealed record EpguCampKeys(
    long OrderId,
    DateOnly ChildBirthDate,
    Snils? ChildSnils,
    IdentityDocument? ChildCertificate,
    Snils? ApplicantSnils,
    IdentityDocument? ApplicantDocument,
    IReadOnlyList<int> Shifts,
    CampPriority Priority,
    string? PriorityDocument);
