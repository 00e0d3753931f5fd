namespace SchoolPortal.Features.Enrollment;

/// <summary>A child who left the school because another school enrolled the card: «выбыл в МАОУ «СОШ № 1» 01.12.2026».</summary>
public sealed record DepartureRow(int Id, string PupilName, DateOnly BirthDate, string ToSchoolName, DateOnly On)
{
    public string Text => $"выбыл в {ToSchoolName} {On:dd.MM.yyyy}";
}
