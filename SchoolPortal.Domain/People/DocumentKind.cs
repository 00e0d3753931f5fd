namespace SchoolPortal.Domain.People;

public enum DocumentKind
{
    /// <summary>Паспорт гражданина РФ.</summary>
    RfPassport = 1,

    /// <summary>Свидетельство о рождении, выданное в РФ.</summary>
    RfBirthCertificate = 2,

    /// <summary>Документ иностранного государства: серия и номер в свободной форме.</summary>
    Foreign = 3,
}
