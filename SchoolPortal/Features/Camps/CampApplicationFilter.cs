using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>The filters of «Заявления на путевки»: the season, a camp or one shift (chosen or granted), the status, the category, the child's surname.</summary>
public sealed record CampApplicationFilter(int Year, int? CampId = null, int? ShiftId = null, CampApplicationStatus? Status = null,
    CampPriority? Priority = null, string? Surname = null);
