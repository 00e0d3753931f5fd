using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>A class of one academic year: «5А» is grade level 5 and letter А.</summary>
public sealed class SchoolClass
{
    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int AcademicYearId { get; private set; }
    public int Grade { get; private set; }
    public string Letter { get; private set; } = "";
    public int? HomeroomTeacherId { get; private set; }
    public int? HolidayPeriodId { get; private set; }

    private SchoolClass()
    {
    }

    public SchoolClass(int schoolId, int academicYearId, GradeLevel grade, string letter)
    {
        SchoolId = schoolId;
        AcademicYearId = academicYearId;
        Grade = grade.Value;
        Letter = NormalizeLetter(letter);
    }

    public string Name => $"{Grade}{Letter}";

    public void AssignHomeroomTeacher(int? employeeId) => HomeroomTeacherId = employeeId;

    public void AssignHolidays(int? holidayPeriodId) => HolidayPeriodId = holidayPeriodId;

    public static string NormalizeLetter(string? letter)
    {
        var value = (letter ?? "").Trim().ToUpperInvariant();
        if (value.Length is < 1 or > 3 || !value.All(c => c is >= 'А' and <= 'Я' or 'Ё'))
            throw new DomainException("Литера класса: от одной до трёх русских букв, например «А».", "letter");
        return value;
    }
}
