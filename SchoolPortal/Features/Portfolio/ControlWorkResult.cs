namespace SchoolPortal.Features.Portfolio;

/// <summary>«Результаты проверочных работ»: a control or check work the child's class wrote, and what the child got.</summary>
/// <param name="Marks">«4», «5 4»; empty when no mark was given.</param>
/// <param name="Attendance">«н», «б»… when the child missed it.</param>
public sealed record ControlWorkResult(DateOnly Date, string Subject, string WorkType, string? Topic, string Marks, string? Attendance);
