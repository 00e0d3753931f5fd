using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>The user a page test renders the page for.</summary>
internal sealed class SignedInUser(PortalUser user) : ICurrentUser
{
    public Task<PortalUser> GetAsync() => Task.FromResult(user);
}
