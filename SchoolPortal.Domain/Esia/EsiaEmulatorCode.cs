namespace SchoolPortal.Domain.Esia;

/// <summary>
/// An authorization code the demo's ESIA emulator handed out, kept in the database so that whichever node receives the
/// token request can redeem it. Only the code's SHA-256 is stored: reading the table does not let anyone redeem a code.
/// Used once (the redeeming delete decides), then gone; expired ones are purged when new ones are issued.
/// </summary>
public sealed class EsiaEmulatorCode
{
    public string CodeHash { get; private set; } = "";
    public string Oid { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    public string RedirectUri { get; private set; } = "";
    public string Scope { get; private set; } = "";
    public string? Nonce { get; private set; }
    public Guid SessionId { get; private set; }
    public DateTimeOffset AuthenticatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    private EsiaEmulatorCode()
    {
    }

    public EsiaEmulatorCode(string codeHash, string oid, string clientId, string redirectUri, string scope, string? nonce, Guid sessionId,
        DateTimeOffset authenticatedAt, DateTimeOffset expiresAt)
    {
        CodeHash = codeHash;
        Oid = oid;
        ClientId = clientId;
        RedirectUri = redirectUri;
        Scope = scope;
        Nonce = nonce;
        SessionId = sessionId;
        AuthenticatedAt = authenticatedAt;
        ExpiresAt = expiresAt;
    }
}
