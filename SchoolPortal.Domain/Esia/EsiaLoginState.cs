
namespace SchoolPortal.Domain.Esia;

/// <summary>
/// The sign-in handler's state for one ESIA round trip, kept in the database under the GUID that ESIA carries as
/// <c>state</c>: every app node finds it, whichever one ESIA redirects back to. Used once, then deleted.
/// </summary>
public sealed class EsiaLoginState
{
    public string State { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset ExpiresAt { get; private set; }

    private EsiaLoginState()
    {
    }

    public EsiaLoginState(Guid state, string payload, DateTimeOffset expiresAt)
    {
        State = state.ToString("D");
        Payload = payload;
        ExpiresAt = expiresAt;
    }
}
