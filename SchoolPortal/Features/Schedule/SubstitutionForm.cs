namespace SchoolPortal.Features.Schedule;

/// <summary>«Добавить замену»: a date, a lesson of that date, the substitute, optionally another subject and a comment.</summary>
public sealed class SubstitutionForm
{
    public const string DateField = "date";
    public const string LessonField = "lesson";
    public const string SubstituteField = "substitute";
    public const string SubjectField = "subject";
    public const string CommentField = "comment";

    public DateOnly? Date { get; set; }
    public int? LessonId { get; set; }
    public int? SubstituteTeacherId { get; set; }
    public int? OtherSubjectId { get; set; }
    public string? Comment { get; set; }
}
