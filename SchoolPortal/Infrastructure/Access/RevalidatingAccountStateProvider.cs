using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// Re-checks a circuit's account every minute even when the user does nothing, so an idle page of a revoked account turns
/// anonymous (and its «AuthorizeView» parts disappear) without waiting for the next click.
/// </summary>
public sealed class RevalidatingAccountStateProvider(ILoggerFactory loggerFactory, AccountStates cache)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => AccountStates.Lifetime;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        PortalCookieEvents.StillValidAsync(cache, authenticationState.User, cancellationToken);
}
