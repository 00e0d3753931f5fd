namespace SchoolPortal.Features.QuickEntry;

/// <summary>A class of the current year for the quick-entry select; only a class without pupils can be filled this way.</summary>
public sealed record QuickEntryClass(int Id, string Name, bool HasPupils);
