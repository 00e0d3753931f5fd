using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>
/// Учебная нагрузка: who teaches a subject in a class, how many hours a week, and for which group when the class is
/// split (English in two groups is two workload lines, group 1 and group 2, usually with two teachers).
/// </summary>
public sealed class Workload : ISchoolScoped
{
    public const int MaxGroups = 3;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int AcademicYearId { get; private set; }
    public int ClassId { get; private set; }
    public int SubjectId { get; private set; }
    public int TeacherId { get; private set; }
    public decimal HoursPerWeek { get; private set; }
    /// <summary>Null for the whole class, 1…3 for a group of a split class.</summary>
    public int? Group { get; private set; }

    private Workload()
    {
    }

    public Workload(int schoolId, int academicYearId, int classId, int subjectId, int teacherId, decimal hoursPerWeek, int? group = null)
    {
        SchoolId = schoolId;
        AcademicYearId = academicYearId;
        ClassId = classId;
        SubjectId = subjectId;
        Change(teacherId, hoursPerWeek, group);
    }

    public void Change(int teacherId, decimal hoursPerWeek, int? group)
    {
        if (teacherId <= 0)
            throw new DomainException("Укажите учителя.", "teacher");
        if (hoursPerWeek is <= 0 or > 12)
            throw new DomainException("Часов в неделю: больше 0 и не больше 12.", "hours");
        if (group is < 1 or > MaxGroups)
            throw new DomainException($"Номер группы: от 1 до {MaxGroups}, или пусто для всего класса.", "group");
        TeacherId = teacherId;
        HoursPerWeek = hoursPerWeek;
        Group = group;
    }
}
