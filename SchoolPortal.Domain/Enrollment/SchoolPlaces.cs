using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>The grade-1 and grade-10 places a school publishes for a campaign; free places = places − enrolled.</summary>
public sealed class SchoolPlaces : ISchoolScoped, IAudited
{
    public const int MaxPlaces = 2000;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int Year { get; private set; }
    public int Grade1Places { get; private set; }
    public int Grade10Places { get; private set; }

    private SchoolPlaces()
    {
    }

    public SchoolPlaces(int schoolId, int year, int grade1Places, int grade10Places)
    {
        SchoolId = schoolId;
        Year = year;
        ChangePlaces(grade1Places, grade10Places);
    }

    public void ChangePlaces(int grade1Places, int grade10Places)
    {
        var grade1 = Check(grade1Places, "1", "grade1Places");
        var grade10 = Check(grade10Places, "10", "grade10Places");
        Grade1Places = grade1;
        Grade10Places = grade10;
    }

    public int PlacesFor(ApplicationKind kind) => kind switch
    {
        ApplicationKind.FirstGrade => Grade1Places,
        ApplicationKind.TenthGrade => Grade10Places,
        _ => throw new DomainException("Для перевода места публикуются не здесь: свободные места смотрите по классу.", "kind"),
    };

    /// <summary>Places left after <paramref name="enrolledCount"/> children enrolled; never below zero.</summary>
    public int FreePlaces(ApplicationKind kind, int enrolledCount) => Math.Max(0, PlacesFor(kind) - Math.Max(0, enrolledCount));

    private static int Check(int places, string grade, string field)
    {
        if (places < 0)
            throw new DomainException($"Число мест в {grade} класс не может быть отрицательным.", field);
        if (places > MaxPlaces)
            throw new DomainException($"Число мест в {grade} класс: не больше {MaxPlaces}.", field);
        return places;
    }
}
