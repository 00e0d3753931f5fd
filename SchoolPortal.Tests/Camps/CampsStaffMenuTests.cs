using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SchoolPortal.Components.Layout;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Летний отдых» in the staff menu, with the portal's real policies: camps for operators, applications for schools too.</summary>
public sealed class CampsStaffMenuTests : MudTestContext
{
    private IReadOnlyList<string> MenuFor(Role role, int? school = null, int? district = null)
    {
        var user = new PortalUser(7, "user", "Пользователь", role, school, district);
        Services.AddPortalAuthorization();
        Services.Replace(ServiceDescriptor.Transient<IAuthorizationService, DefaultAuthorizationService>());
        Services.Replace(ServiceDescriptor.Transient<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>());
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthentication(new ClaimsPrincipal(user.ToIdentity("test", mustChangePassword: false))));
        var cut = Render<CascadingAuthenticationState>(p => p.AddChildContent<NavMenu>());
        return cut.FindAll("a[href]").Select(a => a.GetAttribute("href")!.TrimStart('/')).Where(h => h.StartsWith("camps/")).ToList();
    }

    [Fact]
    public void An_operator_finds_the_camps_the_applications_the_payments_and_the_overview() =>
        Assert.Equal(["camps/manage", "camps/applications", "camps/payments", "camps/overview"], MenuFor(Role.MunicipalOperator, district: 1));

    [Fact]
    public void A_school_administrator_finds_the_applications_and_the_overview_but_not_the_camps_or_payments() =>
        Assert.Equal(["camps/applications", "camps/overview"], MenuFor(Role.SchoolAdmin, school: 1));

    [Fact]
    public void A_teacher_finds_neither() => Assert.Empty(MenuFor(Role.Teacher, school: 1));

    private sealed class FixedAuthentication(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
