using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Duplicates;

/// <summary>
/// The columns of one parent record the duplicate rules compare, as read from the database in bulk (no entity, no checks:
/// stored values may be malformed, and the rules must still compare them).
/// </summary>
public sealed record ParentFacts(int Id, string Surname, string FirstName, string? Patronymic, DateOnly? BirthDate, string? Snils,
    DocumentKind? DocumentKind, string? DocumentSeries, string? DocumentNumber, string? RegistrationAddress, string? StayAddress)
{
    public string FullName => string.IsNullOrWhiteSpace(Patronymic) ? $"{Surname} {FirstName}" : $"{Surname} {FirstName} {Patronymic}";

    public static ParentFacts Of(Parent parent) => new(parent.Id, parent.Name.Surname, parent.Name.FirstName, parent.Name.Patronymic,
        parent.BirthDate, parent.Snils?.Value, parent.Document?.Kind, parent.Document?.Series, parent.Document?.Number,
        parent.RegistrationAddress?.Text, parent.StayAddress?.Text);
}
