using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>The JSON a parent's client posts to apply: the child, the shifts in order of preference, the category.</summary>
public sealed record CampApplyBody(int PupilId, int[]? Choices, CampPriority Priority, string? PriorityDocument);
