using SchoolPortal.Domain.Audit;

namespace SchoolPortal.Features.Pupils;

/// <summary>One entry of a card's change history: who, when, what (field: old → new).</summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, AuditAction Action, IReadOnlyList<AuditChange> Changes)
{
    public string ActionName => Action switch
    {
        AuditAction.Created => "Создание",
        AuditAction.Deleted => "Удаление",
        _ => "Изменение",
    };

    /// <summary>Russian names of the audited fields; unknown ones are shown as stored.</summary>
    public static string FieldName(string field) => field switch
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
