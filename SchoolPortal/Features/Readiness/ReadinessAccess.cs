using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Features.Readiness;

/// <summary>
/// Готовность к Госуслугам is for school administrators (their school), municipal operators (their district) and region
/// operators; teachers, parents and pupils do not see it. The pages say so with [Authorize]; the services check again.
/// </summary>
internal static class ReadinessAccess
{
    public static PortalUser Ensure(PortalUser user) =>
        ManagementAccess.Ensure(user, "Готовность к Госуслугам доступна администраторам школ и операторам муниципалитета и региона.");

    /// <summary>Operators see several schools and choose among them; a school administrator works in one.</summary>
    public static bool SpansSchools(PortalUser user) => ManagementAccess.SpansSchools(user);
}
