using SchoolPortal.Components.Shared;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Pupils;

/// <summary>The pupil card as the user types it: plain text, parsed into value objects only on save.</summary>
public sealed class PupilForm : PersonFields
{
    public string? BirthCertificateSeries { get; set; }
    public string? BirthCertificateNumber { get; set; }
    public DateTime? BirthCertificateIssuedOn { get; set; }
    public string? BirthCertificateIssuedBy { get; set; }
    public DocumentKind PassportKind { get; set; } = DocumentKind.RfPassport;
    public string? PassportSeries { get; set; }
    public string? PassportNumber { get; set; }
    public DateTime? PassportIssuedOn { get; set; }
    public string? PassportIssuedBy { get; set; }
    public string? Snils { get; set; }

    /// <summary>«Это другой человек»: an administrator's reason to save although an existing record matches.</summary>
    public string? DuplicateReason { get; set; }
    public string? Citizenship { get; set; } = Domain.People.Citizenship.Russia;
    public string? Birthplace { get; set; }
    public string? RegistrationAddress { get; set; }
    public string? StayAddress { get; set; }
    public FormOfEducation FormOfEducation { get; set; } = FormOfEducation.FullTime;
    public int? ClassId { get; set; }
    /// <summary>From when the pupil is in the chosen class (today when empty).</summary>
    public DateTime? ClassFrom { get; set; }
    public string? HomePhone { get; set; }
    public string? MobilePhone { get; set; }
    public string? Email { get; set; }
    public bool MovementOfFirstsMember { get; set; }
    public bool Gifted { get; set; }
    public string? Comment { get; set; }

    public static PupilForm From(Pupil p) => Showing(new PupilForm
    {
        BirthCertificateSeries = p.BirthCertificate?.Series,
        BirthCertificateNumber = p.BirthCertificate?.Number,
        BirthCertificateIssuedOn = CardCalendar.ToDateTime(p.BirthCertificate?.IssuedOn),
        BirthCertificateIssuedBy = p.BirthCertificate?.IssuedBy,
        PassportKind = p.Passport?.Kind ?? DocumentKind.RfPassport,
        PassportSeries = p.Passport?.Series,
        PassportNumber = p.Passport?.Number,
        PassportIssuedOn = CardCalendar.ToDateTime(p.Passport?.IssuedOn),
        PassportIssuedBy = p.Passport?.IssuedBy,
        Snils = p.Snils?.Formatted,
        Citizenship = p.Citizenship,
        Birthplace = p.Birthplace,
        RegistrationAddress = p.RegistrationAddress?.Text,
        StayAddress = p.StayAddress?.Text,
        FormOfEducation = p.FormOfEducation,
        ClassId = p.CurrentClassId,
        HomePhone = p.HomePhone?.Formatted,
        MobilePhone = p.MobilePhone?.Formatted,
        Email = p.Email?.Value,
        MovementOfFirstsMember = p.MovementOfFirstsMember,
        Gifted = p.Gifted,
        Comment = p.Comment,
    }, p.Name, p.BirthDate, p.Gender);
}
