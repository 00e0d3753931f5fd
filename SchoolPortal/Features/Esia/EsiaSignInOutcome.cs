using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// What an ESIA sign-in leads to: the portal user to sign in, the linking page (no account is linked to the oid and none
/// matched exactly), or a refusal (an <see cref="Integrations.Esia.EsiaFailure"/> reason the error page explains).
/// </summary>
public sealed record EsiaSignInOutcome(PortalUser? User, bool NeedsLink, string? Refusal)
{
    public static EsiaSignInOutcome SignedIn(PortalUser user) => new(user, false, null);

    public static EsiaSignInOutcome Link { get; } = new(null, true, null);

    public static EsiaSignInOutcome Refused(string reason) => new(null, false, reason);
}
