using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// The card of one camp application: the application with its history, the chosen shifts in order of preference, the
/// granted shift, the school, and the actions the user may take now.
/// </summary>
public sealed record CampApplicationCard(CampApplication Application, string SchoolName, IReadOnlyList<string> Choices, string? GrantedShift,
    IReadOnlyList<CampStaffAction> Actions);
