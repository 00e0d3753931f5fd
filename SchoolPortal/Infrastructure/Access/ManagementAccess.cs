using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Components.Shared;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// Управление (staff, school details) is for operators and school administrators. The pages say so with [Authorize];
/// the services check again, so a teacher (whose scope is also a school) cannot reach them through another page.
/// </summary>
internal static class ManagementAccess
{
    public const string Roles = "RegionOperator,MunicipalOperator,SchoolAdmin";

    public static PortalUser Ensure(PortalUser user) => Ensure(user, "Раздел «Управление» доступен операторам и администраторам школ.");

    /// <param name="refusal">What a user without the roles reads, naming the section.</param>
    public static PortalUser Ensure(PortalUser user, string refusal) =>
        user.Has(Role.RegionOperator | Role.MunicipalOperator | Role.SchoolAdmin) ? user : throw new AccessDeniedException(refusal);

    /// <summary>Operators see several schools and choose among them; a school administrator works in one.</summary>
    public static bool SpansSchools(PortalUser user) => user.Has(Role.RegionOperator | Role.MunicipalOperator);
}
