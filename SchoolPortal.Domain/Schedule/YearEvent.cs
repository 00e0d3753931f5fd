using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>An event of the school year: a parent meeting, an extracurricular event, a control work, a school-wide event.</summary>
public sealed class YearEvent : ISchoolScoped, IAudited
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 2000;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int AcademicYearId { get; private set; }
    public YearEventKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public TimeOnly? StartsAt { get; private set; }
    public EventAudience Audience { get; private set; }
    /// <summary>Grade levels (for <see cref="EventAudience.Grades"/>) or class ids (for <see cref="EventAudience.Classes"/>), comma-separated.</summary>
    public string AudienceIds { get; private set; } = "";
    public string? Description { get; private set; }

    private YearEvent()
    {
    }

    public YearEvent(int schoolId, int academicYearId, YearEventKind kind, string title, DateOnly date, TimeOnly? startsAt,
        EventAudience audience, IEnumerable<int> audienceIds, string? description)
    {
        SchoolId = schoolId;
        AcademicYearId = academicYearId;
        Change(kind, title, date, startsAt, audience, audienceIds, description);
    }

    public IReadOnlyList<int> AudienceList =>
        AudienceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public void Change(YearEventKind kind, string? title, DateOnly date, TimeOnly? startsAt, EventAudience audience,
        IEnumerable<int> audienceIds, string? description)
    {
        var name = (title ?? "").Trim();
        if (name.Length == 0)
            throw new DomainException("Укажите название события.", "title");
        if (name.Length > MaxTitle)
            throw new DomainException($"Название: не длиннее {MaxTitle} символов.", "title");
        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (text is { Length: > MaxDescription })
            throw new DomainException($"Описание: не длиннее {MaxDescription} символов.", "description");
        var ids = audienceIds.Distinct().Order().ToList();
        if (audience == EventAudience.WholeSchool)
            ids.Clear();
        else if (ids.Count == 0)
            throw new DomainException(audience == EventAudience.Grades ? "Выберите параллели." : "Выберите классы.", "audience");
        if (audience == EventAudience.Grades && ids.Any(g => g is < 1 or > 11))
            throw new DomainException("Параллели: от 1 до 11.", "audience");
        Kind = kind;
        Title = name;
        Date = date;
        StartsAt = startsAt;
        Audience = audience;
        AudienceIds = string.Join(',', ids);
        Description = text;
    }

    /// <summary>Whether a pupil of the class (its id and grade level) is in the audience.</summary>
    public bool Concerns(int classId, int grade) => Audience switch
    {
        EventAudience.WholeSchool => true,
        EventAudience.Grades => AudienceList.Contains(grade),
        _ => AudienceList.Contains(classId),
    };
}
