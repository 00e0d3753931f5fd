using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>Everything that ends the sessions of a disabled or changed account: cookie checks, circuit checks, the account states (kept by the portal's cache, removed by its save interceptor).</summary>
public static class AccountRevocation
{
    public static IServiceCollection AddAccountRevocation(this IServiceCollection services)
    {
        services.AddSingleton<AccountStates>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccountStateProvider>();
        services.AddScoped<RevokedAccountCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<RevokedAccountCircuitHandler>());
        services.AddScoped<AccountBlocking>();
        return services;
    }
}
