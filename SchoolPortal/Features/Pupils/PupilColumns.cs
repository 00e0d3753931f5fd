namespace SchoolPortal.Features.Pupils;

/// <summary>Russian titles of the list columns and the set shown by default.</summary>
public static class PupilColumns
{
    public static IReadOnlyList<PupilColumn> All { get; } = Enum.GetValues<PupilColumn>();

    public static IReadOnlySet<PupilColumn> Default { get; } = new HashSet<PupilColumn>
    {
        PupilColumn.DisplayName, PupilColumn.BirthDate, PupilColumn.Class, PupilColumn.Snils, PupilColumn.Parents, PupilColumn.Login,
    };

    public static string Title(PupilColumn column) => column switch
    {
        PupilColumn.DisplayName => "ФИО",
        PupilColumn.Surname => "Фамилия",
        PupilColumn.BirthDate => "Дата рождения",
        PupilColumn.Gender => "Пол",
        PupilColumn.Class => "Класс",
        PupilColumn.School => "Школа",
        PupilColumn.IdentityDocument => "Документ, удостоверяющий личность",
        PupilColumn.BirthCertificate => "Свидетельство о рождении",
        PupilColumn.Snils => "СНИЛС",
        PupilColumn.RegistrationAddress => "Адрес регистрации",
        PupilColumn.StayAddress => "Адрес пребывания",
        PupilColumn.Parents => "Родители",
        PupilColumn.HomePhone => "Домашний телефон",
        PupilColumn.Email => "Эл. почта",
        PupilColumn.Login => "Логин",
        PupilColumn.LastLogin => "Последний вход",
        PupilColumn.Citizenship => "Гражданство",
        PupilColumn.MobilePhone => "Мобильный телефон",
        PupilColumn.Comment => "Комментарий",
        PupilColumn.Gifted => "Одарённый ребёнок",
        _ => column.ToString(),
    };

    /// <summary>The columns the list can sort by on the server (with the index-friendly orderings).</summary>
    public static bool Sortable(PupilColumn column) => column is PupilColumn.DisplayName or PupilColumn.Surname
        or PupilColumn.BirthDate or PupilColumn.Gender or PupilColumn.Class or PupilColumn.Snils;
}
