namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>A birth document of a foreign state: its name, series and number in free form, issue date and issuer.</summary>
public sealed record EpguChildBirthDocForeign(
    string ChildBirthDocName,
    string? ChildBirthDocSeries,
    string ChildBirthDocNumber,
    DateOnly? ChildBirthDocIssueDate,
    string? ChildBirthDocIssued);
