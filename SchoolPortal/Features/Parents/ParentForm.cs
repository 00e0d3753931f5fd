using SchoolPortal.Components.Shared;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Parents;

/// <summary>The parent card as typed; parsed into value objects on save.</summary>
public sealed class ParentForm : PersonFields
{
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

    public static ParentForm From(Parent p) => Showing(new ParentForm
    {
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
    }, p.Name, p.BirthDate, p.Gender);

    /// <summary>
    /// What a school that does not control the parent's account sees (the parent also has children in other schools): enough
    /// to recognise the person, with the document and SNILS masked, and no addresses or contacts.
    /// </summary>
    public static ParentForm Limited(Parent p) => Showing(new ParentForm
    {
        DocumentKind = p.Document?.Kind ?? DocumentKind.RfPassport,
        DocumentSeries = p.Document is null ? null : "****",
        DocumentNumber = p.Document is null ? null : MaskTail(p.Document.Number),
        Snils = p.Snils?.Masked,
        Citizenship = null,
    }, p.Name, p.BirthDate, p.Gender);

    /// <summary>«***456»: only the last three characters stay.</summary>
    public static string MaskTail(string value) => value.Length <= 3 ? new string('*', value.Length) : "***" + value[^3..];
}
