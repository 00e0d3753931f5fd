using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Cards;

namespace SchoolPortal.Features.Pupils;

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
        RegistrationAddress = p.RegistrationAddress?.Text,
        StayAddress = p.StayAddress?.Text,
        Phone = p.Phone?.Formatted,
        Email = p.Email?.Value,
    };
}
