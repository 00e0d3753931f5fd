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

/// <summary>The menu with the portal's real policies: «Летний отдых» for families.</summary>
public sealed class CampsMenuTests : MudTestContext
{
    private IReadOnlyList<string> MenuFor(Role role, int? school = null)
    {
        var user = new PortalUser(7, "user", "Пользователь", role, school, null);
        Services.AddPortalAuthorization();
        Services.Replace(ServiceDescriptor.Transient<IAuthorizationService, DefaultAuthorizationService>());
        Services.Replace(ServiceDescriptor.Transient<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>());
        Services.AddSingleton<AuthenticationStateProvider>(new SignedIn(new ClaimsPrincipal(user.ToIdentity("test", mustChangePassword: false))));
        var cut = Render<CascadingAuthenticationState>(p => p.AddChildContent<NavMenu>());
        return cut.FindAll("a[href]").Select(a => a.GetAttribute("href")!.TrimStart('/')).ToList();
    }

    [Fact]
    public void A_parent_finds_summer_camps_in_the_menu() => Assert.Contains("camps", MenuFor(Role.Parent));

    [Fact]
    public void A_teacher_does_not_see_summer_camps() => Assert.DoesNotContain("camps", MenuFor(Role.Teacher, school: 1));

    private sealed class SignedIn(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
