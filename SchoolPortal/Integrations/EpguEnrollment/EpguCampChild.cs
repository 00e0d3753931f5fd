namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The child of a camp application: name, birth date and at least one of SNILS and the RF birth certificate.</summary>
public sealed record EpguCampChild(
    string ChildSurname,
    string ChildName,
    string? ChildMiddleName,
    DateOnly ChildBirthDate,
    string? ChildSnils,
    EpguChildBirthDocRF? ChildBirthDocRF);
