namespace SchoolPortal.Features.Pupils;

/// <summary>Keys of the card's inputs: errors are reported under these and the page shows them under the input.</summary>
public static class PupilFields
{
    public const string Surname = "surname";
    public const string FirstName = "firstName";
    public const string Patronymic = "patronymic";
    public const string BirthDate = "birthDate";
    public const string Gender = "gender";
    public const string BirthCertificateSeries = "bcSeries";
    public const string BirthCertificateNumber = "bcNumber";
    public const string BirthCertificateIssuedBy = "bcIssuedBy";
    public const string PassportSeries = "passportSeries";
    public const string PassportNumber = "passportNumber";
    public const string PassportIssuedBy = "passportIssuedBy";
    public const string Snils = "snils";
    public const string Citizenship = "citizenship";
    public const string Birthplace = "birthplace";
    public const string RegistrationAddress = "registrationAddress";
    public const string StayAddress = "stayAddress";
    public const string HomePhone = "homePhone";
    public const string MobilePhone = "mobilePhone";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Class = "class";
    public const string ClassFrom = "classFrom";
    public const string Comment = "comment";
    public const string Document = "document";
    public const string DocumentSeries = "documentSeries";
    public const string DocumentNumber = "documentNumber";
    public const string DocumentIssuedBy = "documentIssuedBy";

    /// <summary>Maps the part a document refused ("series", "number", "issuedBy") to the input of that document.</summary>
    public static Func<string?, string> DocumentPart(string series, string number, string issuedBy) => part => part switch
    {
        "series" => series,
        "issuedBy" => issuedBy,
        _ => number,
    };
}
