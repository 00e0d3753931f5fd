namespace SchoolPortal.Features.Journal;

/// <summary>One change of a journal cell from the audit log: who, when, what it was and what it became.</summary>
public sealed record CellHistoryEntry(DateTimeOffset At, string Actor, string OldText, string NewText);
