namespace SchoolPortal.Features.Schools;

/// <summary>The keys of the card's messages (the domain's <c>DomainException.Field</c>) and the Russian names of the audited fields.</summary>
public static class SchoolFields
{
    public const string FullName = "fullName";
    public const string ShortName = "shortName";
    public const string Inn = "inn";
    public const string Ogrn = "ogrn";
    public const string Address = "address";
    public const string HeadName = "headName";
    public const string Phone = "phone";
    public const string Email = "email";

    private static readonly Dictionary<string, string> AuditLabels = new()
    {
        [nameof(Domain.Schools.School.FullName)] = "Полное наименование",
        [nameof(Domain.Schools.School.ShortName)] = "Краткое наименование",
        [nameof(Domain.Schools.School.Inn)] = "ИНН",
        [nameof(Domain.Schools.School.Ogrn)] = "ОГРН",
        [nameof(Domain.Schools.School.Address)] = "Адрес",
        [nameof(Domain.Schools.School.HeadName)] = "Руководитель",
        [nameof(Domain.Schools.School.Phone)] = "Телефон",
        [nameof(Domain.Schools.School.Email)] = "Email",
    };

    public static string AuditLabel(string field) => AuditLabels.GetValueOrDefault(field, field);
}
