namespace SchoolPortal.Features.DataQuality;

/// <summary>One rule's counts in one school.</summary>
public sealed record RuleCount(int SchoolId, string RuleCode, int Checked, int Failing);
