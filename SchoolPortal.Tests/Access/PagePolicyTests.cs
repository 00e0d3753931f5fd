using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.Access;

public sealed class PagePolicyTests
{
    private static ServiceProvider Authorization()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalAuthorization();
        return services.BuildServiceProvider();
    }

    private static IEnumerable<Type> Pages() =>
        typeof(PortalPolicies).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any());

    [Fact]
    public async Task Every_page_is_anonymous_or_names_a_registered_policy_and_no_page_names_a_role()
    {
        using var provider = Authorization();
        var policies = provider.GetRequiredService<IAuthorizationPolicyProvider>();
        var wrong = new List<string>();
        foreach (var page in Pages())
        {
            if (page.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is not null)
                continue;
            var authorize = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
            if (authorize.Count == 0)
                wrong.Add($"{page.Name}: ни [AllowAnonymous], ни [Authorize(Policy = PortalPolicies.…)]");
            foreach (var a in authorize)
            {
                if (a.Roles is not null)
                    wrong.Add($"{page.Name}: Roles = \"{a.Roles}\" вместо политики");
                if (a.Policy is null || await policies.GetPolicyAsync(a.Policy) is null)
                    wrong.Add($"{page.Name}: политика «{a.Policy}» не зарегистрирована");
            }
        }

        Assert.True(Pages().Count() > 40, "страницы не найдены");
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData(PortalPolicies.SchoolStaff, "SchoolAdmin,Teacher")]
    [InlineData(PortalPolicies.SchoolAdmin, "SchoolAdmin")]
    [InlineData(PortalPolicies.Operators, "RegionOperator,MunicipalOperator")]
    [InlineData(PortalPolicies.Management, "RegionOperator,MunicipalOperator,SchoolAdmin")]
    [InlineData(PortalPolicies.Enrollment, "RegionOperator,MunicipalOperator,SchoolAdmin")]
    [InlineData(PortalPolicies.RegionOperator, "RegionOperator")]
    [InlineData(PortalPolicies.Family, "Parent,Pupil")]
    public async Task A_policy_lets_in_exactly_the_roles_the_pages_named_and_the_services_check_the_same_set(string policy, string roles)
    {
        using var provider = Authorization();
        var authorization = provider.GetRequiredService<IAuthorizationService>();
        var set = PortalPolicies.All[policy]!;
        Assert.Equal(roles, set.ToString());

        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.None))
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, "7"), new Claim(ClaimTypes.Name, "user"), new Claim(ClaimTypes.Role, role.ToString())], "test"));
            var expected = roles.Split(',').Contains(role.ToString());

            Assert.Equal(expected, (await authorization.AuthorizeAsync(principal, policy)).Succeeded);
            Assert.Equal(expected, set.Includes(PortalUser.From(principal)));
        }
    }

    [Fact]
    public async Task Signed_in_lets_in_any_signed_in_user_and_no_guest()
    {
        using var provider = Authorization();
        var authorization = provider.GetRequiredService<IAuthorizationService>();
        var parent = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, nameof(Role.Parent))], "test"));

        Assert.True((await authorization.AuthorizeAsync(parent, PortalPolicies.SignedIn)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), PortalPolicies.SignedIn)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), PortalPolicies.Management)).Succeeded);
    }
}
