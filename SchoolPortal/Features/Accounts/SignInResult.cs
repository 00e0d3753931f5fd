using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Accounts;

/// <summary>The outcome of a sign-in attempt: the user, or a Russian message saying why not.</summary>
public sealed record SignInResult(PortalUser? User, bool MustChangePassword, string? Error)
{
    public bool Succeeded => User is not null;

    public static SignInResult Fail(string error) => new(null, false, error);
}
