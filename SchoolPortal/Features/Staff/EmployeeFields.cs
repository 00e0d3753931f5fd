using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Features.Staff;

/// <summary>
/// The keys under which the card shows messages (the domain's <c>DomainException.Field</c> values) and the Russian
/// names of the fields the audit log records.
/// </summary>
public static class EmployeeFields
{
    public const string School = "school";
    public const string Surname = "surname";
    public const string FirstName = "firstName";
    public const string Patronymic = "patronymic";
    public const string BirthDate = "birthDate";
    public const string Gender = "gender";
    public const string Passport = "passport";
    public const string PassportSeries = "series";
    public const string PassportNumber = "number";
    public const string PassportIssuedOn = "issuedOn";
    public const string PassportIssuedBy = "issuedBy";
    public const string Snils = "snils";
    public const string Position = "position";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Education = "education";
    public const string DismissedOn = "dismissedOn";

    private static readonly Dictionary<string, string> AuditLabels = new()
    {
        ["SchoolId"] = "Школа",
        ["Name.Surname"] = "Фамилия",
        ["Name.FirstName"] = "Имя",
        ["Name.Patronymic"] = "Отчество",
        ["BirthDate"] = "Дата рождения",
        ["Gender"] = "Пол",
        ["Passport.Kind"] = "Вид документа",
        ["Passport.Series"] = "Серия паспорта",
        ["Passport.Number"] = "Номер паспорта",
        ["Passport.IssuedOn"] = "Дата выдачи паспорта",
        ["Passport.IssuedBy"] = "Кем выдан паспорт",
        ["Snils"] = "СНИЛС",
        ["Position"] = "Основная должность",
        ["Category"] = "Квалификационная категория",
        ["Phone"] = "Телефон",
        ["Email"] = "Email",
        ["OnMaternityLeave"] = "В отпуске по уходу за ребёнком",
        ["Education"] = "Образование",
        ["DismissedOn"] = "Дата увольнения",
    };

    public static string AuditLabel(string field) => AuditLabels.GetValueOrDefault(field, field);

    /// <summary>The audit log keeps enum and flag values as code names; people read them in Russian.</summary>
    public static string? AuditValue(string field, string? value) => (field, value) switch
    {
        (_, null) => null,
        ("Category", _) when Enum.TryParse<QualificationCategory>(value, out var c) => QualificationCategoryNames.Russian(c),
        ("Gender", _) when Enum.TryParse<Gender>(value, out var g) => GenderName(g),
        ("Passport.Kind", "RfPassport") => "паспорт РФ",
        ("OnMaternityLeave", "True") => "да",
        ("OnMaternityLeave", "False") => "нет",
        _ => value,
    };

    public static string GenderName(Gender gender) => gender == Domain.People.Gender.Female ? "женский" : "мужской";
}
