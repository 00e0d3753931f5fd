using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Components.Shared;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;

namespace SchoolPortal.Features.Parents;

/// <summary>The parent card as typed; parsed into value objects on save.</summary>
public sealed class ParentForm
{
    public string? Surname { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public bool NoPatronymic { get; set; }
    public DateTime? BirthDate { get; set; }
    public Gender? Gender { get; set; }
    public DocumentKind DocumentKind { get; set; } = DocumentKind.RfPassport;
    public string? DocumentSeries { get; set; }
    public string? DocumentNumber { get; set; }
    public DateTime? DocumentIssuedOn { get; set; }
    public string? DocumentIssuedBy { get; set; }
    public string? Snils { get; set; }
    public string? Citizenship { get; set; } = Domain.People.Citizenship.Russia;

    /// <summary>«Это другой человек»: an administrator's reason to save although an existing record matches.</summary>
    public string? DuplicateReason { get; set; }
    public string? RegistrationAddress { get; set; }
    public string? StayAddress { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public static ParentForm From(Parent p) => new()
    {
        Surname = p.Name.Surname,
        FirstName = p.Name.FirstName,
        Patronymic = p.Name.Patronymic,
        NoPatronymic = p.Name.Patronymic is null,
        BirthDate = CardCalendar.ToDateTime(p.BirthDate),
        Gender = p.Gender,
        DocumentKind = p.Document?.Kind ?? DocumentKind.RfPassport,
        DocumentSeries = p.Document?.Series,
        DocumentNumber = p.Document?.Number,
        DocumentIssuedOn = CardCalendar.ToDateTime(p.Document?.IssuedOn),
        DocumentIssuedBy = p.Document?.IssuedBy,
        Snils = p.Snils?.Formatted,
        Citizenship = p.Citizenship,
        RegistrationAddress = p.RegistrationAddress?.Text,
        StayAddress = p.StayAddress?.Text,
        Phone = p.Phone?.Formatted,
        Email = p.Email?.Value,
    };

    /// <summary>
    /// What a school that does not control the parent's account sees (the parent also has children in other schools): enough
    /// to recognise the person, with the document and SNILS masked, and no addresses or contacts.
    /// </summary>
    public static ParentForm Limited(Parent p) => new()
    {
        Surname = p.Name.Surname,
        FirstName = p.Name.FirstName,
        Patronymic = p.Name.Patronymic,
        NoPatronymic = p.Name.Patronymic is null,
        BirthDate = CardCalendar.ToDateTime(p.BirthDate),
        Gender = p.Gender,
        DocumentKind = p.Document?.Kind ?? DocumentKind.RfPassport,
        DocumentSeries = p.Document is null ? null : "****",
        DocumentNumber = p.Document is null ? null : MaskTail(p.Document.Number),
        Snils = p.Snils?.Masked,
        Citizenship = null,
    };

    /// <summary>«***456»: only the last three characters stay.</summary>
    public static string MaskTail(string value) => value.Length <= 3 ? new string('*', value.Length) : "***" + value[^3..];
}
