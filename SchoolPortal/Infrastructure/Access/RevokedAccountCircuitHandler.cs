using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// An open page (a Blazor circuit) lives for hours: before every event from the browser (a click, a keystroke in the journal)
/// the circuit checks its account (cached a minute, dropped at once on the node that saved the change). A revoked account's
/// event is not run: the browser goes to <see cref="AccountBlockedPage.Path"/>, whose request also removes the cookie.
/// </summary>
public sealed class RevokedAccountCircuitHandler(AuthenticationStateProvider authentication, AccountStates cache, NavigationManager navigation,
    ILogger<RevokedAccountCircuitHandler> log) : CircuitHandler
{
    private int _revoked;

    public bool IsRevoked => _revoked == 1;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (await StillValidAsync())
            {
                await next(context);
                return;
            }
            if (Interlocked.Exchange(ref _revoked, 1) == 0)
            {
                log.LogWarning("An open page of a blocked or changed account was closed at its next event");
                navigation.NavigateTo(AccountBlockedPage.Path, forceLoad: true);
            }
        };

    public async Task<bool> StillValidAsync()
    {
        if (_revoked == 1)
            return false;
        var state = await authentication.GetAuthenticationStateAsync();
        return await PortalCookieEvents.StillValidAsync(cache, state.User, CancellationToken.None);
    }
}
