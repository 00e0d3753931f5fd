using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>
/// «Вызов в школу родителей» or «Встреча с учителем» for one pupil: entered by a teacher or the school administrator,
/// shown in that pupil's family portfolio feed only (one record per chosen pupil, never to other families).
/// </summary>
public sealed class PupilEvent : ISchoolScoped, IAudited
{
    public const int MaxComment = 1000;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int PupilId { get; private set; }
    public PupilEventKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly? StartsAt { get; private set; }
    public string? Comment { get; private set; }

    /// <summary>Who entered it (the teacher's or administrator's name, shown to the family).</summary>
    public string Author { get; private set; } = "";

    private PupilEvent()
    {
    }

    public PupilEvent(int schoolId, int pupilId, PupilEventKind kind, DateOnly date, TimeOnly? startsAt, string? comment, string author)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainException("Выберите вид события.", "kind");
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > MaxComment })
            throw new DomainException($"Комментарий: не длиннее {MaxComment} символов.", "comment");
        SchoolId = schoolId;
        PupilId = pupilId;
        Kind = kind;
        Date = date;
        StartsAt = startsAt;
        Comment = text;
        Author = (author ?? "").Trim();
    }

    public string KindName => Kind == PupilEventKind.ParentsCalled ? "Вызов в школу родителей" : "Встреча с учителем";
}
