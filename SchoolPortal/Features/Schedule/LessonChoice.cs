namespace SchoolPortal.Features.Schedule;

/// <summary>A lesson of a date to substitute, as the add form lists it.</summary>
public sealed record LessonChoice(int LessonId, int Number, string ClassName, string SubjectName, int TeacherId, string TeacherName,
    bool AlreadySubstituted)
{
    public string Name => $"{Number}-й урок · {ClassName} · {SubjectName} · {TeacherName}{(AlreadySubstituted ? " (уже есть замена)" : "")}";
}
