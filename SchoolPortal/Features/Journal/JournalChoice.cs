namespace SchoolPortal.Features.Journal;

/// <summary>A class or a subject in the journal picker.</summary>
public sealed record JournalChoice(int Id, string Name);
