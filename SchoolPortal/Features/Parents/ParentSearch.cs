namespace SchoolPortal.Features.Parents;

/// <summary>
/// How to look for a parent before attaching: by exact SNILS, or by surname + first name + birth date (both across the
/// region), or by the start of the surname among the parents the user already sees.
/// </summary>
public sealed record ParentSearch(string? Snils, string? Surname, string? FirstName, DateTime? BirthDate);
