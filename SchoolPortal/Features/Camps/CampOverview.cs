namespace SchoolPortal.Features.Camps;

/// <summary>A season in the operators' overview, within what the user sees (<see cref="Scope"/> says what that is).</summary>
public sealed record CampOverview(int Year, string Scope, CampRow Total, IReadOnlyList<CampRow> Districts, IReadOnlyList<CampRow> Camps,
    IReadOnlyList<CampShiftRow> Shifts);
