namespace SchoolPortal.Features.Journal;

/// <summary>A column of the final marks view: a study period (or the year, with a null id).</summary>
public sealed record FinalsPeriod(int? Id, string Name, bool IsClosed);
