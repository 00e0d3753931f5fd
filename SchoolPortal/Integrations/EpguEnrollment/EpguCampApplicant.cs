namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The applicant of a camp application: name and at least one of SNILS and the identity document.</summary>
public sealed record EpguCampApplicant(
    string PersonSurname,
    string PersonName,
    string? PersonMiddleName,
    string? PersonSnils,
    EpguIdentityDocInfo? PersonIdentityDocInfo);
