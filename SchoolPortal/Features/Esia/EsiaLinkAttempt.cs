using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Esia;

/// <summary>The result of linking by login and password or by a school's code: the user to sign in, or why not.</summary>
public sealed record EsiaLinkAttempt(PortalUser? User, string? Error)
{
    public bool Succeeded => User is not null;

    public static EsiaLinkAttempt Fail(string error) => new(null, error);
}
