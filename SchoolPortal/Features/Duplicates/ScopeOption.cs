namespace SchoolPortal.Features.Duplicates;

/// <summary>A district or school in the operator's filter.</summary>
public sealed record ScopeOption(int Id, string Name, int? DistrictId = null);
