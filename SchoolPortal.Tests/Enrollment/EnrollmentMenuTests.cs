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

namespace SchoolPortal.Tests.Enrollment;

/// <summary>The menu with the portal's real policies: «Зачисление» for school administrators and operators only.</summary>
public sealed class EnrollmentMenuTests : MudTestContext
{
    private IReadOnlyList<string> MenuFor(Role role, int? school = null)
    {
        var user = new PortalUser(7, "user", "Пользователь", role, school, null);
        Services.AddPortalAuthorization();
        // bunit puts placeholders in front of authorization; the menu is checked against the portal's real policies.
        Services.Replace(ServiceDescriptor.Transient<IAuthorizationService, DefaultAuthorizationService>());
        Services.Replace(ServiceDescriptor.Transient<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>());
        Services.AddSingleton<AuthenticationStateProvider>(new SignedIn(new ClaimsPrincipal(user.ToIdentity("test", mustChangePassword: false))));
        var cut = Render<CascadingAuthenticationState>(p => p.AddChildContent<NavMenu>());
        return cut.FindAll("a[href]").Select(a => a.GetAttribute("href")!.TrimStart('/')).ToList();
    }

    [Fact]
    public void A_school_administrator_finds_every_enrollment_page_in_the_menu()
    {
        var links = MenuFor(Role.SchoolAdmin, school: 1);

        Assert.Equal(
            ["enrollment/applications", "enrollment/applications/new", "enrollment/distributed", "enrollment/orders", "enrollment/violations", "enrollment/leavers", "enrollment/lookup",
                "enrollment/campaign", "enrollment/places", "enrollment/territories", "enrollment/settings"],
            links.Where(l => l.StartsWith("enrollment/")));
    }

    [Fact]
    public void An_operator_sees_the_enrollment_pages_but_not_those_only_a_school_acts_on()
    {
        var links = MenuFor(Role.MunicipalOperator);

        Assert.Contains("enrollment/applications", links);
        Assert.Contains("enrollment/territories", links);
        Assert.Contains("enrollment/violations", links);
        Assert.Contains("enrollment/campaign", links);
        Assert.DoesNotContain("enrollment/applications/new", links);
        Assert.DoesNotContain("enrollment/leavers", links);
    }

    [Fact]
    public void A_teacher_does_not_see_enrollment()
    {
        var links = MenuFor(Role.Teacher, school: 1);

        Assert.Contains("journal", links);
        Assert.DoesNotContain(links, l => l.StartsWith("enrollment"));
    }

    private sealed class SignedIn(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
