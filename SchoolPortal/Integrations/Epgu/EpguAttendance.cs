namespace SchoolPortal.Integrations.Epgu;

/// <summary>«Посещаемость» of the current period up to the snapshot's day: lessons held, the codes, and the share attended.</summary>
public sealed record EpguAttendance(string? Period, int Lessons, int Present, int Absent, int Ill, int Excused, int Late, decimal? PresentPercent);
