namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The applicant (PersonInfo): the parent or other legal representative who filed the application.</summary>
/// <param name="PersonType">Who the applicant is to the child: mother, father, guardian, trustee, other.</param>
public sealed record EpguPersonInfo(
    string PersonSurname,
    string PersonName,
    string? PersonMiddleName,
    string? PersonPhone,
    string? PersonEmail,
    string PersonType,
    EpguIdentityDocInfo? PersonIdentityDocInfo);
