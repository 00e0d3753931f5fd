namespace SchoolPortal.Features.Schedule;

/// <summary>A substitution in the list: the lesson, who is absent, who substitutes, and the other subject when there is one.</summary>
public sealed record SubstitutionRow(int Id, DateOnly Date, int LessonNumber, string ClassName, string SubjectName, string? OtherSubjectName,
    string AbsentTeacherName, string SubstituteTeacherName, string? Comment);
