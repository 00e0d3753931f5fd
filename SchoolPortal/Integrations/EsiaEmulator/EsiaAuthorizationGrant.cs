namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>What an authorization code stands for: who signed in, for which client, redirect address and scope, and until when.</summary>
public sealed record EsiaAuthorizationGrant(
    string Oid,
    string ClientId,
    string RedirectUri,
    string Scope,
    string? Nonce,
    Guid SessionId,
    DateTimeOffset AuthenticatedAt,
    DateTimeOffset ExpiresAt);
