using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>What the family chooses: the child, up to three shifts in order of preference, the category and its document.</summary>
public sealed record CampRequest(int PupilId, IReadOnlyList<int> Choices, CampPriority Priority, string? PriorityDocument);
