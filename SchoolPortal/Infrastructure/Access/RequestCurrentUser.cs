using System.Security.Claims;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>The user of a plain HTTP request (an endpoint outside any circuit), from the request's sign-in cookie.</summary>
public sealed class RequestCurrentUser(ClaimsPrincipal principal) : ICurrentUser
{
    public Task<PortalUser> GetAsync() => Task.FromResult(PortalUser.From(principal));
}
