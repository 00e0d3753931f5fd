namespace SchoolPortal.Features.Camps;

/// <summary>A camp or a district (or the season's total) in the operators' overview, with its shifts' figures summed.</summary>
/// <param name="District">The camp's district; empty for a district or the total.</param>
/// <param name="Kind">The camp's kind; empty for a district or the total.</param>
public sealed record CampRow(int Id, string Name, string District, string Kind, int Shifts, CampCounts Counts);
