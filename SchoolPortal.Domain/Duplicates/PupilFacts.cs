namespace SchoolPortal.Domain.Duplicates;

/// <summary>The columns of one enrolled pupil the cross-school check compares, read in bulk.</summary>
public sealed record PupilFacts(int Id, int SchoolId, string Surname, string FirstName, string? Patronymic, DateOnly BirthDate, string? Snils,
    string? CertificateSeries, string? CertificateNumber)
{
    public string FullName => string.IsNullOrWhiteSpace(Patronymic) ? $"{Surname} {FirstName}" : $"{Surname} {FirstName} {Patronymic}";
}
