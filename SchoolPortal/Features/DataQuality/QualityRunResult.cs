namespace SchoolPortal.Features.DataQuality;

/// <summary>What a calculation stored: the day, how many schools and score rows.</summary>
public sealed record QualityRunResult(DateOnly ComputedOn, int Schools, int Rows);
