namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>An RF birth certificate: series («IV-ИВ»), number (6 digits), issue date, the civil registry act number and the registry office.</summary>
public sealed record EpguChildBirthDocRF(
    string ChildBirthDocSeries,
    string ChildBirthDocNumber,
    DateOnly? ChildBirthDocIssueDate,
    string? ChildBirthDocActNumber,
    string? ChildBirthDocIssued);
