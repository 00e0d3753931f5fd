namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>The fields of a pupil's record in the ГИР ВУ package (the names of the package format) and their Russian labels.</summary>
public static class GirVuFields
{
    public const string Snils = "snils";
    public const string Passport = "passport";
    public const string PassportSeries = "passport.series";
    public const string PassportNumber = "passport.number";
    public const string Citizenship = "citizenship";
    public const string Birthplace = "birthplace";
    public const string RegistrationAddress = "registrationAddress";
    public const string StayAddress = "stayAddress";
    public const string FormOfEducation = "formOfEducation";

    /// <summary>«СНИЛС», «Паспорт: серия»; the field name itself when it is not one of ours (a code of the resource).</summary>
    public static string Label(string field) => field switch
    {
        Snils => "СНИЛС",
        Passport => "Паспорт",
        PassportSeries => "Паспорт: серия",
        PassportNumber => "Паспорт: номер",
        Citizenship => "Гражданство",
        Birthplace => "Место рождения",
        RegistrationAddress => "Адрес регистрации",
        StayAddress => "Адрес пребывания",
        FormOfEducation => "Форма обучения",
        "surname" => "Фамилия",
        "firstName" => "Имя",
        "patronymic" => "Отчество",
        "birthDate" => "Дата рождения",
        "" => "Запись целиком",
        _ => field,
    };
}
