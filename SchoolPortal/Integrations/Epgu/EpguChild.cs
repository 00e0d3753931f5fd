namespace SchoolPortal.Integrations.Epgu;

/// <summary>The child as EPGU matches it against the parent's «Дети»: full name, birth date, SNILS and identity documents.</summary>
/// <param name="Snils">11 digits without separators; null when the school has not entered it.</param>
public sealed record EpguChild(int PupilId, string Surname, string FirstName, string? Patronymic, DateOnly BirthDate, string? Snils,
    EpguDocument? BirthCertificate, EpguDocument? Passport);
