namespace SchoolPortal.Features.Schedule;

/// <summary>A future lesson the timetable change did not touch because it carries marks, attendance, homework or a substitution.</summary>
public sealed record KeptLesson(DateOnly Date, int Number, string ClassName, string SubjectName);
