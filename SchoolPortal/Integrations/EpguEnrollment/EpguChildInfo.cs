namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The child (ChildInfo) with exactly one birth document: an RF birth certificate or a foreign document.</summary>
public sealed record EpguChildInfo(
    string ChildSurname,
    string ChildName,
    string? ChildMiddleName,
    DateOnly ChildBirthDate,
    string ChildSex,
    string? ChildSnils,
    EpguChildBirthDocRF? ChildBirthDocRF,
    EpguChildBirthDocForeign? ChildBirthDocForeign);
