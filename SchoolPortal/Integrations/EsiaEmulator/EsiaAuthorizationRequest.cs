namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>An authorization request (<c>/aas/oauth2/v2/ac</c>) that passed ESIA's checks.</summary>
public sealed record EsiaAuthorizationRequest(string ClientId, string RedirectUri, string Scope, string State, string AccessType, string? Nonce);
