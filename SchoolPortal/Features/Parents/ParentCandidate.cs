namespace SchoolPortal.Features.Parents;

/// <summary>
/// A parent found to attach: only what is needed to recognise the person (name, birth year, SNILS with the first
/// digits hidden, the document as «**** ***456»), because the match may be a parent outside the user's school.
/// </summary>
public sealed record ParentCandidate(int Id, string FullName, int? BirthYear, string? MaskedSnils, string? MaskedDocument = null);
