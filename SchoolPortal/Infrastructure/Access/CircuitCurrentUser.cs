using Microsoft.AspNetCore.Components.Authorization;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>The user of the Blazor circuit (or of the HTTP request, for endpoints).</summary>
internal sealed class CircuitCurrentUser(AuthenticationStateProvider authentication) : ICurrentUser
{
    public async Task<PortalUser> GetAsync() => PortalUser.From((await authentication.GetAuthenticationStateAsync()).User);
}
