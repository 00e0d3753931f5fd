namespace SchoolPortal.Infrastructure.Access;

public static class PortalAuthorizationServiceCollectionExtensions
{
    /// <summary>Authorization with the named <see cref="PortalPolicies"/>: a signed-in user with one role of the policy's set.</summary>
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var (name, roles) in PortalPolicies.All)
            builder.AddPolicy(name, policy =>
            {
                policy.RequireAuthenticatedUser();
                if (roles is not null)
                    policy.RequireRole(roles.Names);
            });
        return services;
    }
}
