namespace SchoolPortal.Features.DataQuality;

/// <summary>A record that fails a rule, with the card (or page) where it is fixed.</summary>
public sealed record QualityRecord(int Id, string Name, string Detail, string Link);
