using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Enrollment;

/// <summary>«Новое заявление»: an application brought to the school (in person, by post or e-mail), as the form fills it.</summary>
public sealed class PaperApplicationForm
{
    public ApplicationKind Kind { get; set; } = ApplicationKind.FirstGrade;
    public ApplicationChannel Channel { get; set; } = ApplicationChannel.InPerson;
    public DateOnly? FiledOn { get; set; }

    /// <summary>The campaign year; empty: the year the filing date belongs to (<see cref="CampaignYear"/>).</summary>
    public int? Year { get; set; }

    public string? TenthGradeProfile { get; set; }

    public string? ChildSurname { get; set; }
    public string? ChildFirstName { get; set; }
    public string? ChildPatronymic { get; set; }
    public bool ChildNoPatronymic { get; set; }
    public DateOnly? ChildBirthDate { get; set; }
    public Gender? ChildGender { get; set; }
    public string? ChildSnils { get; set; }
    public DocumentKind ChildDocumentKind { get; set; } = DocumentKind.RfBirthCertificate;
    public string? ChildDocumentSeries { get; set; }
    public string? ChildDocumentNumber { get; set; }
    public DateOnly? ChildDocumentIssuedOn { get; set; }
    public string? ChildBirthActNumber { get; set; }
    public string? ResidenceAddress { get; set; }
    public string? RegistrationAddress { get; set; }

    public string? ApplicantSurname { get; set; }
    public string? ApplicantFirstName { get; set; }
    public string? ApplicantPatronymic { get; set; }
    public bool ApplicantNoPatronymic { get; set; }
    public string? ApplicantDocument { get; set; }
    public string? ApplicantPhone { get; set; }
    public string? ApplicantEmail { get; set; }
    public string? ApplicantRelation { get; set; }

    public AdmissionRight Right { get; set; } = AdmissionRight.None;
    public string? RightDocument { get; set; }
    public string? SiblingName { get; set; }
    public string? Language { get; set; }
    public bool NeedsAdaptedProgramme { get; set; }
    public bool FounderPermission { get; set; }
    public string? FounderPermissionDocument { get; set; }
}
