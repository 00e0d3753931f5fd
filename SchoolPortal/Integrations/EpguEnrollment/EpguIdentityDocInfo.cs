namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The applicant's identity document: an RF passport (series 4 digits, number 6) or a foreign one named in <see cref="IdentityDocName"/>.</summary>
public sealed record EpguIdentityDocInfo(
    string IdentityDocType,
    string? IdentityDocName,
    string? IdentityDocSeries,
    string IdentityDocNumber,
    DateOnly? IdentityDocIssueDate,
    string? IdentityDocIssued);
