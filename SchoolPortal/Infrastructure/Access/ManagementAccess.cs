using SchoolPortal.Features.Accounts;
using SchoolPortal.Components.Shared;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// Управление (staff, school details) is for operators and school administrators. The pages say so with [Authorize(Policy = PortalPolicies.Management)];
/// the services check again, so a teacher (whose scope is also a school) cannot reach them through another page.
/// </summary>
internal static class ManagementAccess
{
    public static PortalUser Ensure(PortalUser user) => Ensure(user, "Раздел «Управление» доступен операторам и администраторам школ.");

    /// <param name="refusal">What a user without the roles reads, naming the section.</param>
    public static PortalUser Ensure(PortalUser user, string refusal) =>
        PortalRoles.Management.Includes(user) ? user : throw new AccessDeniedException(refusal);

    /// <summary>Operators see several schools and choose among them; a school administrator works in one.</summary>
    public static bool SpansSchools(PortalUser user) => PortalRoles.Operators.Includes(user);
}
