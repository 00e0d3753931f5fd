using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using static SchoolPortal.Integrations.EpguEnrollment.EpguEnrollmentFormat;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// Checks a read camp application's values with the People value objects (SNILS checksum, birth certificate series and
/// number, passport series and number) and gives the keys the intake looks the family up by. Every refusal becomes an error
/// on the message's field, and all of them are collected: such a message is set aside like a malformed one.
/// </summary>
public static class EpguCampMapper
{
    public static CampPriority Priority(string? benefitCategory) => benefitCategory switch
    {
        Extraordinary => CampPriority.Extraordinary,
        FirstPriority => CampPriority.First,
        _ => CampPriority.General,
    };

    public static EpguResult<EpguCampKeys> Keys(EpguCampApplicationMessage message)
    {
        var errors = new List<EpguMessageError>();
        var child = message.ChildInfo;
        var person = message.PersonInfo;
        var childSnils = SnilsOf(errors, child.ChildSnils, "childInfo.childSnils");
        var certificate = child.ChildBirthDocRF is { } rf
            ? Document(errors, "childInfo.childBirthDocRF", ("series", "childBirthDocSeries"), ("number", "childBirthDocNumber"),
                () => IdentityDocument.BirthCertificate(rf.ChildBirthDocSeries, rf.ChildBirthDocNumber))
            : null;
        var applicantSnils = SnilsOf(errors, person.PersonSnils, "personInfo.personSnils");
        var document = person.PersonIdentityDocInfo is { } d
            ? Document(errors, "personInfo.personIdentityDocInfo", ("series", "identityDocSeries"), ("number", "identityDocNumber"),
                () => IdentityDocument.Create(d.IdentityDocType == RfPassport ? DocumentKind.RfPassport : DocumentKind.Foreign, d.IdentityDocSeries, d.IdentityDocNumber))
            : null;
        if (errors.Count > 0)
            return EpguResult<EpguCampKeys>.Failure(errors);
        var benefit = message.BenefitsInfo;
        return EpguResult<EpguCampKeys>.Success(new EpguCampKeys(message.OrderId, child.ChildBirthDate, childSnils, certificate, applicantSnils, document,
            message.Shifts, Priority(benefit?.BenefitCategory), benefit?.BenefitDocInfo));
    }

    private static Snils? SnilsOf(List<EpguMessageError> errors, string? text, string field)
    {
        if (text is null)
            return null;
        if (Snils.TryParse(text, out var snils, out var error))
            return snils;
        errors.Add(new(field, error));
        return null;
    }

    private static IdentityDocument? Document(List<EpguMessageError> errors, string path, (string Domain, string Message) series,
        (string Domain, string Message) number, Func<IdentityDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (DomainException e)
        {
            errors.Add(new($"{path}.{(e.Field == series.Domain ? series.Message : number.Message)}", e.Message));
            return null;
        }
    }
}
