namespace SchoolPortal.Features.Staff;

/// <summary>
/// An employee of another school found by SNILS for «Импорт из другой ОО»: only what identifies the person (name, birth
/// date, school, position), since the card belongs to another school until it is copied.
/// </summary>
public sealed record ImportCandidate(int EmployeeId, string FullName, DateOnly BirthDate, string SchoolName, string Position, bool Dismissed);
