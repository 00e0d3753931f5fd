namespace SchoolPortal.Domain.Enrollment;

/// <summary>One date of the production calendar that is not an ordinary weekday or weekend.</summary>
public readonly record struct CalendarException(DateOnly Date, CalendarDayKind Kind);
