using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Benchmarks;

/// <summary>The user a scenario acts as, always the same.</summary>
public sealed class FixedUser(PortalUser user) : ICurrentUser
{
    public Task<PortalUser> GetAsync() => Task.FromResult(user);
}
