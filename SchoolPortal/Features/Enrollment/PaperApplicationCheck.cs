using SchoolPortal.Components.Shared;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The inputs of «Новое заявление» checked before the save, so that every wrong field is marked at once and under its own
/// input: the child's and the applicant's names share the domain's field names («surname»), which alone would not say
/// whose surname is wrong. What is left (dates, the campaign, the territory) is checked by the service on save.
/// </summary>
public static class PaperApplicationCheck
{
    public const string ChildSurname = "childSurname";
    public const string ChildFirstName = "childFirstName";
    public const string ChildPatronymic = "childPatronymic";
    public const string ChildSnils = "childSnils";
    public const string ChildDocumentSeries = "childDocumentSeries";
    public const string ChildDocumentNumber = "childDocumentNumber";
    public const string ResidenceAddress = "residenceAddress";
    public const string RegistrationAddress = "registrationAddress";
    public const string ApplicantSurname = "applicantSurname";
    public const string ApplicantFirstName = "applicantFirstName";
    public const string ApplicantPatronymic = "applicantPatronymic";
    public const string ApplicantPhone = "applicantPhone";
    public const string ApplicantEmail = "applicantEmail";

    /// <summary>The service's field names that the form shows under an input of the same name.</summary>
    private static readonly HashSet<string> FormFields =
    [
        "filedOn", "childBirthDate", "childGender", "childDocument", "childBirthActNumber", "tenthGradeProfile", "right", "rightDocument",
        "siblingName", "founderPermissionDocument", "channel", "kind",
    ];

    public static FieldErrors Check(PaperApplicationForm form)
    {
        var errors = new FieldErrors();
        errors.TryAt(() => PersonName.Create(form.ChildSurname, form.ChildFirstName, form.ChildPatronymic, form.ChildNoPatronymic), ChildSurname,
            field => field switch { "firstName" => ChildFirstName, "patronymic" => ChildPatronymic, _ => ChildSurname });
        errors.TryAt(() => PersonName.Create(form.ApplicantSurname, form.ApplicantFirstName, form.ApplicantPatronymic, form.ApplicantNoPatronymic),
            ApplicantSurname, field => field switch { "firstName" => ApplicantFirstName, "patronymic" => ApplicantPatronymic, _ => ApplicantSurname });
        if (!string.IsNullOrWhiteSpace(form.ChildSnils))
            errors.TryAt(() => Snils.Parse(form.ChildSnils), ChildSnils);
        if (!string.IsNullOrWhiteSpace(form.ChildDocumentNumber) || !string.IsNullOrWhiteSpace(form.ChildDocumentSeries))
            errors.TryAt(() => IdentityDocument.Create(form.ChildDocumentKind, form.ChildDocumentSeries, form.ChildDocumentNumber, form.ChildDocumentIssuedOn),
                ChildDocumentNumber, field => field == "series" ? ChildDocumentSeries : ChildDocumentNumber);
        if (!string.IsNullOrWhiteSpace(form.ResidenceAddress))
            errors.TryAt(() => Address.Parse(form.ResidenceAddress, "Адрес проживания"), ResidenceAddress);
        if (!string.IsNullOrWhiteSpace(form.RegistrationAddress))
            errors.TryAt(() => Address.Parse(form.RegistrationAddress, "Адрес регистрации"), RegistrationAddress);
        if (!string.IsNullOrWhiteSpace(form.ApplicantPhone))
            errors.TryAt(() => PhoneNumber.Parse(form.ApplicantPhone), ApplicantPhone);
        if (!string.IsNullOrWhiteSpace(form.ApplicantEmail))
            errors.TryAt(() => Email.Parse(form.ApplicantEmail), ApplicantEmail);
        if (form.ChildBirthDate is null)
            errors.Add("childBirthDate", "Укажите дату рождения ребёнка.");
        if (form.ChildGender is null)
            errors.Add("childGender", "Укажите пол ребёнка.");
        return errors;
    }

    /// <summary>The input a refusal of the service belongs under; the general message when it names none of the form's inputs.</summary>
    public static string InputOf(string? field) =>
        field switch
        {
            null => FieldErrors.General,
            "series" => ChildDocumentSeries,
            "number" => ChildDocumentNumber,
            "snils" => ChildSnils,
            _ => FormFields.Contains(field) ? field : FieldErrors.General,
        };
}
