using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The verdict on an authorization request: accepted (<see cref="Request"/>), or an ESIA error that is either shown on
/// ESIA's own page (when the client or its redirect address cannot be trusted) or sent back to <see cref="RedirectUri"/>.
/// <see cref="Detail"/> says which parameter failed, for the page and the log (ESIA's error_description stays the catalogue's).
/// </summary>
public sealed record EsiaAuthorizationOutcome(EsiaAuthorizationRequest? Request, EsiaError? Error, string? RedirectUri, string? State, string? Detail)
{
    public static EsiaAuthorizationOutcome Accepted(EsiaAuthorizationRequest request) => new(request, null, null, null, null);

    public static EsiaAuthorizationOutcome Page(EsiaError error, string detail) => new(null, error, null, null, detail);

    public static EsiaAuthorizationOutcome Redirect(EsiaError error, string redirectUri, string? state, string detail) =>
        new(null, error, redirectUri, state, detail);
}
