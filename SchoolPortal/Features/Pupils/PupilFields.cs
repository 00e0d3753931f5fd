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

    /// <summary>Russian names of the audited fields; unknown ones are shown as stored.</summary>
    public static string AuditLabel(string field) => field switch
    {
        "Name.Surname" => "Фамилия",
        "Name.FirstName" => "Имя",
        "Name.Patronymic" => "Отчество",
        "BirthDate" => "Дата рождения",
        "Gender" => "Пол",
        "Snils" => "СНИЛС",
        "Citizenship" => "Гражданство",
        "Birthplace" => "Место рождения",
        "RegistrationAddress" => "Адрес регистрации",
        "StayAddress" => "Адрес пребывания",
        "FormOfEducation" => "Форма обучения",
        "HomePhone" => "Домашний телефон",
        "MobilePhone" => "Мобильный телефон",
        "Phone" => "Телефон",
        "Email" => "Эл. почта",
        "MovementOfFirstsMember" => "Движение Первых",
        "Gifted" => "Одарённый ребёнок",
        "Comment" => "Комментарий",
        "Status" => "Статус",
        "LeftOn" => "Дата выбытия",
        "LeavingOrder" => "Приказ",
        "CurrentClassId" => "Класс (код)",
        "SchoolId" => "Школа (код)",
        _ when field.StartsWith("BirthCertificate.") => "Свидетельство о рождении: " + field["BirthCertificate.".Length..],
        _ when field.StartsWith("Passport.") => "Паспорт: " + field["Passport.".Length..],
        _ when field.StartsWith("Document.") => "Документ: " + field["Document.".Length..],
        _ => field,
    };
}
