using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>
/// Замена: on a date, a lesson of an absent teacher is given by a substitute, possibly as another subject. For that
/// lesson the substitute fills in the journal and the absent teacher cannot.
/// </summary>
public sealed class Substitution : ISchoolScoped, IAudited
{
    public const int MaxComment = 500;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int LessonId { get; private set; }
    public DateOnly Date { get; private set; }
    public int LessonNumber { get; private set; }
    public int ClassId { get; private set; }
    public int AbsentTeacherId { get; private set; }
    public int SubstituteTeacherId { get; private set; }
    /// <summary>Set when the substitute teaches another subject instead of the lesson's own.</summary>
    public int? SubjectId { get; private set; }
    public string? Comment { get; private set; }

    private Substitution()
    {
    }

    public Substitution(Lesson lesson, int substituteTeacherId, int? otherSubjectId, string? comment)
    {
        if (substituteTeacherId <= 0)
            throw new DomainException("Укажите заменяющего учителя.", "substitute");
        if (substituteTeacherId == lesson.TeacherId)
            throw new DomainException("Заменяющий учитель совпадает с учителем урока.", "substitute");
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > MaxComment })
            throw new DomainException($"Комментарий: не длиннее {MaxComment} символов.", "comment");
        SchoolId = lesson.SchoolId;
        LessonId = lesson.Id;
        Date = lesson.Date;
        LessonNumber = lesson.Number;
        ClassId = lesson.ClassId;
        AbsentTeacherId = lesson.TeacherId;
        SubstituteTeacherId = substituteTeacherId;
        SubjectId = otherSubjectId == lesson.SubjectId ? null : otherSubjectId;
        Comment = text;
    }
}
