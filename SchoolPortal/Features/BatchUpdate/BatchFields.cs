namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// The columns of the batch-update workbook: the pupil's, then one group per parent («Родитель 1: Фамилия» …). The
/// headers are the contract with the file: an upload finds its columns by these texts.
/// </summary>
public static class BatchFields
{
    public const string Key = "key";
    public const string Surname = "surname";
    public const string FirstName = "firstName";
    public const string Patronymic = "patronymic";
    public const string BirthDate = "birthDate";
    public const string Gender = "gender";
    public const string Class = "class";
    public const string Snils = "snils";
    public const string BirthCertificateSeries = "bcSeries";
    public const string BirthCertificateNumber = "bcNumber";
    public const string PassportSeries = "passportSeries";
    public const string PassportNumber = "passportNumber";
    public const string Citizenship = "citizenship";
    public const string Birthplace = "birthplace";
    public const string RegistrationAddress = "registrationAddress";
    public const string StayAddress = "stayAddress";
    public const string MobilePhone = "mobilePhone";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Comment = "comment";
    public const string Relation = "relation";

    /// <summary>Parent groups written even when no exported pupil has that many parents, so a new parent has room.</summary>
    public const int MinParentGroups = 2;

    public const int MaxParentGroups = 6;

    public static IReadOnlyList<BatchField> Pupil { get; } =
    [
        new(Key, "Ключ ученика", 24, BatchFieldKind.Key),
        new(Surname, "Фамилия", 16),
        new(FirstName, "Имя", 14),
        new(Patronymic, "Отчество", 16),
        new(BirthDate, "Дата рождения", 12, BatchFieldKind.Date),
        new(Gender, "Пол", 6),
        new(Class, "Класс", 7),
        new(Snils, "СНИЛС", 15, BatchFieldKind.Digits, 11),
        new(BirthCertificateSeries, "Свидетельство о рождении: серия", 12),
        new(BirthCertificateNumber, "Свидетельство о рождении: номер", 12, BatchFieldKind.Digits, 6),
        new(PassportSeries, "Паспорт: серия", 9, BatchFieldKind.Digits, 4),
        new(PassportNumber, "Паспорт: номер", 10, BatchFieldKind.Digits, 6),
        new(Citizenship, "Гражданство", 12),
        new(Birthplace, "Место рождения", 24),
        new(RegistrationAddress, "Адрес регистрации", 40),
        new(StayAddress, "Адрес пребывания", 40),
        new(MobilePhone, "Мобильный телефон", 18),
        new(Email, "Электронная почта", 22),
        new(Comment, "Комментарий", 30),
    ];

    /// <summary>The fields of one parent group; headers get the group's prefix (<see cref="ParentHeader"/>).</summary>
    public static IReadOnlyList<BatchField> Parent { get; } =
    [
        new(Key, "Ключ", 24, BatchFieldKind.Key),
        new(Relation, "Кем приходится", 14),
        new(Surname, "Фамилия", 16),
        new(FirstName, "Имя", 14),
        new(Patronymic, "Отчество", 16),
        new(BirthDate, "Дата рождения", 12, BatchFieldKind.Date),
        new(Snils, "СНИЛС", 15, BatchFieldKind.Digits, 11),
        new(PassportSeries, "Паспорт: серия", 9, BatchFieldKind.Digits, 4),
        new(PassportNumber, "Паспорт: номер", 10, BatchFieldKind.Digits, 6),
        new(Phone, "Телефон", 18),
        new(Email, "Электронная почта", 22),
    ];

    public static string ParentHeader(int group, BatchField field) => $"Родитель {group}: {field.Header}";

    public static BatchField PupilField(string id) => Pupil.Single(f => f.Id == id);

    public static BatchField ParentField(string id) => Parent.Single(f => f.Id == id);

    /// <summary>Headers compared without case, extra spaces and the ё/е difference: «родитель 1:  фамилия» is the same column.</summary>
    public static string NormaliseHeader(string header) =>
        string.Join(' ', header.Replace('ё', 'е').Replace('Ё', 'Е').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
