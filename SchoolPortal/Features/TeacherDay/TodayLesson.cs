namespace SchoolPortal.Features.TeacherDay;

/// <summary>One lesson of the teacher's day, as the home page lists it.</summary>
/// <param name="Times">Bell times «08:00–08:45», or null when the school has no bell for this lesson number.</param>
/// <param name="OtherTeacher">The substitute (for <see cref="TodayLessonKind.SubstitutedAway"/>) or the absent teacher (for <see cref="TodayLessonKind.Substituting"/>).</param>
/// <param name="JournalLink">The lesson's column in the class journal; null when the journal is not the teacher's for this lesson.</param>
public sealed record TodayLesson(
    int LessonId,
    int Number,
    string? Times,
    int ClassId,
    string ClassName,
    string Subject,
    string? Room,
    int? Group,
    bool HasTopic,
    bool HasHomework,
    TodayLessonKind Kind,
    string? OtherTeacher,
    string? JournalLink)
{
    public bool IsSubstitution => Kind != TodayLessonKind.Own;

    /// <summary>«замена: ведёт Петрова Анна Ивановна» or «замена вместо …»; null for an ordinary lesson.</summary>
    public string? Note => Kind switch
    {
        TodayLessonKind.SubstitutedAway => $"замена: ведёт {OtherTeacher}",
        TodayLessonKind.Substituting => $"замена вместо: {OtherTeacher}",
        _ => null,
    };
}
