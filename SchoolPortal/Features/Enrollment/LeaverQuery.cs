namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Список выпускников и выбывших»: the child is searched by the birth certificate (or passport), the SNILS, or the full
/// name with the birth date: one of the three, never a surname alone.
/// </summary>
public sealed class LeaverQuery
{
    public string? DocumentSeries { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Snils { get; set; }
    public string? Surname { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public DateOnly? BirthDate { get; set; }
}
