using System.Text.Json.Nodes;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// ESIA's token endpoint (<c>/aas/oauth2/v3/te</c>): checks the request in ESIA's order and exchanges a code for an
/// id_token and an access token. The code is taken away on the check that reads it, so it can never be used twice.
/// </summary>
public sealed class EsiaTokenExchange(EsiaEmulatorSettings settings, EsiaEmulatorCodes codes, EsiaEmulatorTokens tokens,
    EsiaEmulatorPersons persons, TimeProvider clock)
{
    private static readonly string[] Required =
        ["client_id", "code", "grant_type", "client_secret", "state", "redirect_uri", "scope", "timestamp", "token_type", "client_certificate_hash"];

    public async Task<EsiaTokenOutcome> ExchangeAsync(IFormCollection form, CancellationToken ct = default)
    {
        string? Value(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;

        var state = Value("state");
        EsiaTokenOutcome Error(EsiaError error, string detail) => new(StatusCodes.Status400BadRequest, new JsonObject
        {
            ["error"] = error.OAuthError,
            ["error_description"] = error.Description,
            ["state"] = state ?? "",
        }, detail);

        if (Required.FirstOrDefault(p => Value(p) is null) is { } missing)
            return Error(EsiaErrors.ParameterMissing, $"нет параметра {missing}");
        if (Value("grant_type") != "authorization_code")
            return Error(EsiaErrors.UnsupportedGrantType, $"grant_type = {Value("grant_type")}, ожидается authorization_code");
        var clientId = Value("client_id")!;
        if (clientId != settings.ClientId)
            return Error(EsiaErrors.ClientNotRegistered, $"client_id «{clientId}» не зарегистрирован");
        if (!settings.IsClientCertificate(Value("client_certificate_hash")))
            return Error(EsiaErrors.ClientNotRegistered, $"client_certificate_hash «{Value("client_certificate_hash")}» не совпадает с хэшем сертификата портала");
        var now = clock.GetUtcNow();
        var code = Value("code")!;
        var redirectUri = Value("redirect_uri")!;
        var grant = codes.Take(code);
        if (grant is null)
            return Error(EsiaErrors.InvalidGrant, "код не выдавался или уже использован");
        if (grant.ExpiresAt < now)
            return Error(EsiaErrors.InvalidGrant, "срок действия кода истёк");
        if (grant.ClientId != clientId || grant.RedirectUri != redirectUri)
            return Error(EsiaErrors.InvalidGrant, "код выдан другому клиенту или для другого redirect_uri");
        if (!EsiaRequestChecks.IsGuid(state))
            return Error(EsiaErrors.InvalidRequest, $"state «{state}» — не GUID");
        var timestamp = Value("timestamp")!;
        if (!EsiaRequestChecks.TimestampIsCurrent(timestamp, now, settings.TimestampSkew))
            return Error(EsiaErrors.InvalidTimestamp, $"timestamp «{timestamp}» не читается или отличается от времени ЕСИА больше допустимого");
        if (!string.Equals(Value("token_type"), "Bearer", StringComparison.OrdinalIgnoreCase))
            return Error(EsiaErrors.InvalidRequest, $"token_type = {Value("token_type")}, ожидается Bearer");
        var scope = form["scope"].ToString();
        var input = EsiaClientSecret.Input(clientId, scope, timestamp, state!, redirectUri, code);
        if (!EsiaRequestChecks.SignatureIsValid(settings.ClientPublicKeyPem, input, Value("client_secret")))
            return Error(EsiaErrors.InvalidSignature, "подпись client_secret не сходится с ключом портала");
        var person = await persons.FindByOidAsync(grant.Oid, ct);
        if (person is null)
            return Error(EsiaErrors.InvalidGrant, "тестового человека этого кода больше нет");

        return new EsiaTokenOutcome(StatusCodes.Status200OK, new JsonObject
        {
            ["access_token"] = tokens.AccessToken(grant, scope, now),
            ["id_token"] = tokens.IdToken(grant, now, person),
            ["state"] = state,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)settings.TokenLifetime.TotalSeconds,
            ["refresh_token"] = Guid.NewGuid().ToString("D"),
        });
    }
}
