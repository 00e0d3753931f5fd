using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Jobs;
using static SchoolPortal.Integrations.EpguEnrollment.EpguEnrollmentFormat;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// Turns a read application message into the domain's <see cref="EnrollmentApplication"/> (channel ЕПГУ, status «Новое»,
/// by «ЕПГУ»): names, documents, addresses, phone and e-mail through the People value objects, the kind, the right, the
/// education details. Every refusal of the domain becomes an error on the message's field, and all of them are collected.
/// The school is found by the caller (<see cref="EpguEduOrganization.Code"/> is its ИНН); the assigned territory is matched
/// by the caller too (<see cref="EnrollmentApplication.MatchTerritory"/>), since both come from the database.
/// </summary>
public static class EpguApplicationMapper
{
    /// <summary>Who the history names for what Gosuslugi did.</summary>
    public const string By = "ЕПГУ";

    private const string Child = "childInfo";
    private const string Person = "personInfo";

    /// <summary>The domain's field names and the message's paths they stand for.</summary>
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["epguOrderId"] = "orderId",
        ["kind"] = "serviceType",
        ["year"] = "entryDate",
        ["filedOn"] = "filedAt",
        ["childBirthDate"] = $"{Child}.childBirthDate",
        ["childGender"] = $"{Child}.childSex",
        ["childDocument"] = Child,
        ["childBirthActNumber"] = $"{Child}.childBirthDocRF.childBirthDocActNumber",
        ["applicantDocument"] = $"{Person}.personIdentityDocInfo",
        ["applicantRelation"] = $"{Person}.personType",
        ["right"] = "benefitsInfo.benefitCategory",
        ["rightDocument"] = "benefitsInfo.benefitDocInfo",
        ["siblingName"] = "benefitsInfo.brotherSisterInfo",
        ["tenthGradeProfile"] = "profile",
        ["language"] = "languageEducation",
        ["founderPermissionDocument"] = "founderPermission.docInfo",
    };

    public static ApplicationKind Kind(string serviceType) => serviceType switch
    {
        FirstGrade => ApplicationKind.FirstGrade,
        TenthGrade => ApplicationKind.TenthGrade,
        _ => ApplicationKind.Transfer,
    };

    /// <summary>The campaign year of the entry date: the academic year it falls in (2027-09-01 → 2027, i.e. 2027/2028).</summary>
    public static int YearOf(DateOnly entryDate) => AcademicYear.StartYearOf(entryDate);

    /// <summary>The day the application counts as filed: the region's date of the moment EPGU registered it.</summary>
    public static DateOnly FiledOn(DateTimeOffset filedAt) => DateOnly.FromDateTime(RegionTime.ToRegion(filedAt).DateTime);

    /// <summary>«мать», «отец», «опекун», «попечитель», «иной законный представитель».</summary>
    public static string Relation(string personType) => personType switch
    {
        Mother => "мать",
        Father => "отец",
        Guardian => "опекун",
        Trustee => "попечитель",
        _ => "иной законный представитель",
    };

    public static AdmissionRight Right(string? benefitCategory) => benefitCategory switch
    {
        Extraordinary => AdmissionRight.Extraordinary,
        FirstPriority => AdmissionRight.FirstPriority,
        Sibling => AdmissionRight.Sibling,
        _ => AdmissionRight.None,
    };

    /// <summary>The school code as an ИНН, or the error the message is refused with.</summary>
    public static EpguResult<Inn> SchoolInn(EpguApplicationMessage message) =>
        Inn.Validate(message.EduOrganization.Code) is { } error
            ? EpguResult<Inn>.Failure([new("eduOrganization.code", error)])
            : EpguResult<Inn>.Success(Inn.Parse(message.EduOrganization.Code));

    /// <summary>The error for a school code no school of the region has.</summary>
    public static EpguMessageError UnknownSchool(string code) =>
        new("eduOrganization.code", $"Школа с ИНН {code} не найдена в регионе: заявление не может быть передано в школу.");

    /// <param name="number">The region's number the application gets.</param>
    /// <param name="receivedAt">When the portal read the message: the time of the «Новое» history entry.</param>
    public static EpguResult<EnrollmentApplication> Map(EpguApplicationMessage message, int schoolId, string number, DateTimeOffset receivedAt)
    {
        var errors = new List<EpguMessageError>();
        var c = message.ChildInfo;
        var p = message.PersonInfo;

        var childName = Try(errors, Child, () => PersonName.Create(c.ChildSurname, c.ChildName, c.ChildMiddleName, c.ChildMiddleName is null),
            ("surname", "childSurname"), ("firstName", "childName"), ("patronymic", "childMiddleName"));
        var applicantName = Try(errors, Person, () => PersonName.Create(p.PersonSurname, p.PersonName, p.PersonMiddleName, p.PersonMiddleName is null),
            ("surname", "personSurname"), ("firstName", "personName"), ("patronymic", "personMiddleName"));
        Snils? snils = null;
        if (c.ChildSnils is not null && !Snils.TryParse(c.ChildSnils, out snils, out var snilsError))
            errors.Add(new($"{Child}.childSnils", snilsError));
        var childDocument = ChildDocument(errors, c);
        var applicantDocument = p.PersonIdentityDocInfo is { } doc ? ApplicantDocument(errors, doc) : null;
        var registration = Try(errors, "address", () => Address.Parse(message.Address.FullAddress, "Адрес регистрации"), ("address", "fullAddress"));
        var residence = message.AddressResidence is { } r
            ? Try(errors, "addressResidence", () => Address.Parse(r.FullAddress, "Адрес проживания"), ("address", "fullAddress"))
            : null;
        var phone = p.PersonPhone is { } phoneText ? Try(errors, Person, () => PhoneNumber.Parse(phoneText), ("phone", "personPhone")) : null;
        var email = p.PersonEmail is { } emailText ? Try(errors, Person, () => Email.Parse(emailText), ("email", "personEmail")) : null;
        var filedOn = FiledOn(message.FiledAt);
        if (filedOn > FiledOn(receivedAt).AddDays(1))
            errors.Add(new("filedAt", $"дата подачи {filedOn:dd.MM.yyyy} ещё не наступила."));
        if (childName is null || applicantName is null || errors.Count > 0)
            return EpguResult<EnrollmentApplication>.Failure(errors);

        EnrollmentApplication application;
        try
        {
            application = new EnrollmentApplication(number, ApplicationChannel.Epgu, Kind(message.ServiceType), schoolId, YearOf(message.EntryDate),
                filedOn, childName, c.ChildBirthDate, c.ChildSex == Female ? Gender.Female : Gender.Male, applicantName, By, receivedAt,
                message.OrderId, message.FiledAt);
        }
        catch (DomainException e)
        {
            return EpguResult<EnrollmentApplication>.Failure([Error(e)]);
        }
        Apply(errors, () => application.ChangeChild(childName, c.ChildBirthDate, application.ChildGender, snils, childDocument,
            c.ChildBirthDocRF?.ChildBirthDocActNumber, residence, registration));
        Apply(errors, () => application.ChangeApplicant(applicantName, applicantDocument, phone, email, Relation(p.PersonType)));
        var benefits = message.BenefitsInfo;
        Apply(errors, () => application.ChangeRight(Right(benefits?.BenefitCategory), benefits?.BenefitDocInfo, benefits?.BrotherSisterInfo?.FullName));
        Apply(errors, () => application.ChangeEducation(message.LanguageEducation, message.AdaptationProgram?.Needed ?? false, message.Profile));
        if (message.FounderPermission is { } founder)
            Apply(errors, () => application.ChangeFounderPermission(true, founder.DocInfo));
        return errors.Count > 0 ? EpguResult<EnrollmentApplication>.Failure(errors) : EpguResult<EnrollmentApplication>.Success(application);
    }

    private static IdentityDocument? ChildDocument(List<EpguMessageError> errors, EpguChildInfo c)
    {
        if (c.ChildBirthDocRF is { } rf)
            return Try(errors, $"{Child}.childBirthDocRF",
                () => IdentityDocument.BirthCertificate(rf.ChildBirthDocSeries, rf.ChildBirthDocNumber, rf.ChildBirthDocIssueDate, rf.ChildBirthDocIssued),
                ("series", "childBirthDocSeries"), ("number", "childBirthDocNumber"), ("issuedBy", "childBirthDocIssued"));
        if (c.ChildBirthDocForeign is { } foreign)
            // The domain's foreign document has no name of its own: the name leads «кем выдан» («… Республики Казахстан, ЗАГС г. Костанай»).
            return Try(errors, $"{Child}.childBirthDocForeign",
                () => IdentityDocument.Create(DocumentKind.Foreign, foreign.ChildBirthDocSeries, foreign.ChildBirthDocNumber, foreign.ChildBirthDocIssueDate,
                    foreign.ChildBirthDocIssued is null ? foreign.ChildBirthDocName : $"{foreign.ChildBirthDocName}, {foreign.ChildBirthDocIssued}"),
                ("series", "childBirthDocSeries"), ("number", "childBirthDocNumber"), ("issuedBy", "childBirthDocIssued"));
        return null;
    }

    /// <summary>The applicant's document as the card shows it: «Паспорт РФ 7512 123456», «Паспорт гражданина Казахстана N1234567».</summary>
    private static string? ApplicantDocument(List<EpguMessageError> errors, EpguIdentityDocInfo d)
    {
        var kind = d.IdentityDocType == RfPassport ? DocumentKind.RfPassport : DocumentKind.Foreign;
        var document = Try(errors, $"{Person}.personIdentityDocInfo",
            () => IdentityDocument.Create(kind, d.IdentityDocSeries, d.IdentityDocNumber, d.IdentityDocIssueDate, d.IdentityDocIssued),
            ("series", "identityDocSeries"), ("number", "identityDocNumber"), ("issuedBy", "identityDocIssued"));
        return document is null ? null : kind == DocumentKind.Foreign ? $"{d.IdentityDocName} {document.SeriesAndNumber}" : document.ToString();
    }

    private static T? Try<T>(List<EpguMessageError> errors, string path, Func<T> parse, params (string Domain, string Message)[] fields) where T : class
    {
        try
        {
            return parse();
        }
        catch (DomainException e)
        {
            var field = fields.FirstOrDefault(f => f.Domain == e.Field).Message ?? fields[0].Message;
            errors.Add(new($"{path}.{field}", e.Message));
            return null;
        }
    }

    private static void Apply(List<EpguMessageError> errors, Action change)
    {
        try
        {
            change();
        }
        catch (DomainException e)
        {
            errors.Add(Error(e));
        }
    }

    private static EpguMessageError Error(DomainException e) =>
        new(e.Field is { } field && Fields.TryGetValue(field, out var path) ? path : e.Field ?? "", e.Message);
}
