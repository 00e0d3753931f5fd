using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// What the school a child left keeps when another school enrols the child by moving the card: «выбыл в …», with the
/// name and birth date as they were, since the card itself is no longer the old school's to open.
/// </summary>
public sealed class SchoolDeparture : ISchoolScoped, IAudited
{
    public int Id { get; private set; }

    /// <summary>The school the child left.</summary>
    public int SchoolId { get; private set; }

    public int PupilId { get; private set; }
    public string PupilName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public int ToSchoolId { get; private set; }
    public string ToSchoolName { get; private set; } = "";

    /// <summary>The day the receiving school enrolled the child.</summary>
    public DateOnly On { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    private SchoolDeparture()
    {
    }

    public SchoolDeparture(int schoolId, int pupilId, string pupilName, DateOnly birthDate, int toSchoolId, string toSchoolName, DateOnly on,
        DateTimeOffset recordedAt)
    {
        if (schoolId == toSchoolId)
            throw new DomainException("Ребёнок зачисляется в ту же школу: это не выбытие.", "school");
        SchoolId = schoolId;
        PupilId = pupilId;
        PupilName = pupilName;
        BirthDate = birthDate;
        ToSchoolId = toSchoolId;
        ToSchoolName = toSchoolName;
        On = on;
        RecordedAt = recordedAt;
    }

    /// <summary>«выбыл в МАОУ «СОШ № 1» 01.09.2027».</summary>
    public string Text => $"выбыл в {ToSchoolName} {On:dd.MM.yyyy}";
}
