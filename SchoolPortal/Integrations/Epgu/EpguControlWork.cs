namespace SchoolPortal.Integrations.Epgu;

/// <summary>«Результаты проверочных работ»: a control or check work and the child's result («4», or the attendance code).</summary>
public sealed record EpguControlWork(DateOnly Date, string Subject, string WorkType, string? Topic, string Marks, string? Attendance);
