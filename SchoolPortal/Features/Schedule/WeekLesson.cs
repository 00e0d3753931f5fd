namespace SchoolPortal.Features.Schedule;

/// <summary>A dated lesson of a week, with its substitution when there is one.</summary>
public sealed record WeekLesson(int LessonId, DateOnly Date, int Number, int ClassId, string ClassName, int? Group, int SubjectId,
    string SubjectName, int TeacherId, string TeacherName, string? Room, WeekSubstitution? Substitution)
{
    public bool IsSubstituted => Substitution is not null;

    /// <summary>The subject actually taught: the substitution's other subject, or the lesson's own.</summary>
    public string TaughtSubject => Substitution?.OtherSubjectName ?? SubjectName;

    /// <summary>The teacher actually giving the lesson.</summary>
    public string TaughtBy => Substitution?.SubstituteName ?? TeacherName;
}
