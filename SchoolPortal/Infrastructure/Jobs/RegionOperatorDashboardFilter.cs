using System.Security.Claims;
using Hangfire.Dashboard;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>
/// The Hangfire dashboard (/jobs) is for region operators only: it shows every school's jobs and can start them. Reads the
/// user the cookie authentication put on the request, against the same role set as the <c>RegionOperator</c> policy
/// (Hangfire's filter runs outside the endpoint authorization, so it cannot name the policy itself).
/// </summary>
public sealed class RegionOperatorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => Allows(context.GetHttpContext().User);

    public static bool Allows(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && PortalRoles.RegionOperator.Names.Any(user.IsInRole);
}
