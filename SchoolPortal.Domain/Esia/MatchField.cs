namespace SchoolPortal.Domain.Esia;

/// <summary>The compared fields, named as the linking page and the school's fix list show them.</summary>
public static class MatchField
{
    public const string Snils = "СНИЛС";
    public const string Name = "ФИО";
    public const string BirthDate = "Дата рождения";
    public const string IdentityDocument = "Документ, удостоверяющий личность";
    public const string BirthCertificate = "Свидетельство о рождении";
}
