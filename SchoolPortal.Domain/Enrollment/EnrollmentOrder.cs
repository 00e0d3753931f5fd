using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// «Распорядительный акт о приеме»: the head's order that enrols the children of the chosen applications into one class.
/// An order dated after the campaign's deadline (3 working days after the first stage) is allowed but flagged as late.
/// </summary>
public sealed class EnrollmentOrder : ISchoolScoped, IAudited
{
    public const int MaxNumberLength = 50;

    private readonly List<EnrollmentOrderLine> _lines = [];

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly Date { get; private set; }

    /// <summary>The campaign year of the applications.</summary>
    public int Year { get; private set; }

    public int ClassId { get; private set; }

    /// <summary>«1А» as the class was named when the order was issued.</summary>
    public string ClassName { get; private set; } = "";

    /// <summary>The class belongs to the next academic year: the children are «зачислен с нового года».</summary>
    public bool FromNewYear { get; private set; }

    /// <summary>Issued after <see cref="Deadline"/>: allowed, but a violation the operator counts.</summary>
    public bool IsLate { get; private set; }

    public DateOnly? Deadline { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public IReadOnlyList<EnrollmentOrderLine> Lines => _lines;

    private EnrollmentOrder()
    {
    }

    public EnrollmentOrder(int schoolId, int year, string? number, DateOnly date, int classId, string className, bool fromNewYear,
        DateOnly? deadline, string by, DateTimeOffset issuedAt)
    {
        var text = string.IsNullOrWhiteSpace(number) ? null : string.Join(' ', number.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text is null)
            throw new DomainException("Укажите номер распорядительного акта.", "number");
        if (text.Length > MaxNumberLength)
            throw new DomainException($"Номер распорядительного акта: не длиннее {MaxNumberLength} символов.", "number");
        if (classId <= 0)
            throw new DomainException("Выберите класс, в который зачисляются дети.", "classId");
        if (string.IsNullOrWhiteSpace(by))
            throw new DomainException("Не указано, кто издаёт распорядительный акт.", "by");
        SchoolId = schoolId;
        Year = year;
        Number = text;
        Date = date;
        ClassId = classId;
        ClassName = className;
        FromNewYear = fromNewYear;
        Deadline = deadline;
        IsLate = deadline is { } last && date > last;
        IssuedBy = by.Trim();
        IssuedAt = issuedAt;
    }

    /// <summary>
    /// What the history of each application on the order says at «Зачислен», and so what its EPGU status message adds to the
    /// standard text: «Распорядительный акт № 12-у от 02.07.2026, класс 1А.»
    /// </summary>
    public string EnrollmentComment => $"Распорядительный акт № {Number} от {Date:dd.MM.yyyy}, класс {ClassName}.";

    /// <summary>One child of the order: the application and the pupil card the child is enrolled with.</summary>
    public void Add(int applicationId, int pupilId, string childName)
    {
        if (_lines.Any(l => l.ApplicationId == applicationId))
            throw new DomainException($"Заявление ребёнка {childName} уже есть в распорядительном акте.", "applications");
        _lines.Add(new EnrollmentOrderLine(SchoolId, applicationId, pupilId, childName));
    }
}
