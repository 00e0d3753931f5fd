namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>A demo teacher's login (password <c>demo</c>) and the address of a class journal of theirs in the open period.</summary>
public sealed record TeacherDesk(string Login, string JournalPath, int Lessons);
