using SchoolPortal.Domain.MilitaryRegistration;

namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// One pupil in the package, every field the resource receives. <see cref="RecordId"/> is the pupil's id in the portal: the
/// response names the record by it, and it stays the same from one package to the next.
/// </summary>
public sealed record GirVuPupilRecord(
    int RecordId,
    string Surname,
    string FirstName,
    string? Patronymic,
    DateOnly BirthDate,
    string Gender,
    string? Snils,
    GirVuDocumentRecord? BirthCertificate,
    GirVuDocumentRecord? Passport,
    string? Citizenship,
    string? Birthplace,
    string? RegistrationAddress,
    string? StayAddress,
    string? FormOfEducation,
    string? ClassName)
{
    public static GirVuPupilRecord From(GirVuPupil pupil) => new(
        pupil.PupilId, pupil.Surname, pupil.FirstName, pupil.Patronymic, pupil.BirthDate,
        pupil.Gender == Domain.People.Gender.Female ? "female" : "male",
        pupil.Snils, GirVuDocumentRecord.From(pupil.BirthCertificate), GirVuDocumentRecord.From(pupil.Passport),
        pupil.Citizenship, pupil.Birthplace, pupil.RegistrationAddress, pupil.StayAddress, FormCode(pupil.FormOfEducation), pupil.ClassName);

    /// <summary>The form of education as the format names it: full-time, part-time, extramural, family, self-education.</summary>
    public static string? FormCode(int form) => (Domain.Pupils.FormOfEducation)form switch
    {
        Domain.Pupils.FormOfEducation.FullTime => "full-time",
        Domain.Pupils.FormOfEducation.PartTime => "part-time",
        Domain.Pupils.FormOfEducation.Extramural => "extramural",
        Domain.Pupils.FormOfEducation.Family => "family",
        Domain.Pupils.FormOfEducation.SelfEducation => "self-education",
        _ => null,
    };
}
