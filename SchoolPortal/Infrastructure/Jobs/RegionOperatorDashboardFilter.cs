using System.Security.Claims;
using Hangfire.Dashboard;
using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Infrastructure.Jobs;

/// <summary>
/// The Hangfire dashboard (/jobs) is for region operators only: it shows every school's jobs and can start them. Reads the
/// user the cookie authentication put on the request.
/// </summary>
public sealed class RegionOperatorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => Allows(context.GetHttpContext().User);

    public static bool Allows(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(nameof(Role.RegionOperator));
}
