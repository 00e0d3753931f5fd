using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.Camps;

/// <summary>A child, its parent record and the parent's signed-in user.</summary>
public sealed record Family(int PupilId, int ParentId, PortalUser Parent);
