namespace SchoolPortal.Features.Schedule;

/// <summary>An item of a picker: a class, subject, teacher or study period, by id and the name people read.</summary>
public sealed record Choice(int Id, string Name);
