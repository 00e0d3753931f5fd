using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// ESIA's checks of an authorization request, in ESIA's order. An unknown client or a redirect address that is not the
/// portal's callback get ESIA's error page (ESIA cannot send anything back to an unverified client); every later error
/// goes back to redirect_uri as <c>error</c>, <c>error_description</c> and <c>state</c>.
/// </summary>
public sealed class EsiaAuthorizationCheck(EsiaEmulatorSettings settings)
{
    public const string CallbackPath = "/signin-esia";

    /// <summary>How long the picker's form may take to come back: its timestamp is the original request's.</summary>
    public static readonly TimeSpan PickerTime = TimeSpan.FromMinutes(15);

    private static readonly string[] Required = ["client_secret", "response_type", "state", "timestamp", "access_type"];

    public EsiaAuthorizationOutcome Check(IQueryCollection query, DateTimeOffset now, TimeSpan extraAge = default)
    {
        string? Value(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;

        var clientId = Value("client_id");
        if (clientId != settings.ClientId)
            return EsiaAuthorizationOutcome.Page(EsiaErrors.ClientNotRegistered, $"client_id «{clientId}» не зарегистрирован в эмуляторе ЕСИА.");
        var redirectUri = Value("redirect_uri");
        if (redirectUri is null || !EsiaRequestChecks.IsPortalCallback(redirectUri, CallbackPath))
            return EsiaAuthorizationOutcome.Page(EsiaErrors.InvalidRedirectUri,
                $"redirect_uri «{redirectUri}» — не абсолютный http(s)-адрес с путём {CallbackPath}.");

        var state = Value("state");
        EsiaAuthorizationOutcome Back(EsiaError error, string detail) => EsiaAuthorizationOutcome.Redirect(error, redirectUri, state, detail);

        if (Required.FirstOrDefault(p => Value(p) is null) is { } missing)
            return Back(EsiaErrors.ParameterMissing, $"нет параметра {missing}");
        if (Value("response_type") != "code")
            return Back(EsiaErrors.UnsupportedResponseType, $"response_type = {Value("response_type")}, ожидается code");
        var scope = Value("scope");
        if (scope is null)
            return Back(EsiaErrors.ScopeMissing, "scope пуст");
        if (EsiaRequestChecks.Scopes(scope).FirstOrDefault(s => !EsiaRequestChecks.KnownScopes.Contains(s)) is { } unknown)
            return Back(EsiaErrors.InvalidScope, $"неизвестная область доступа {unknown}");
        if (!EsiaRequestChecks.IsGuid(state))
            return Back(EsiaErrors.InvalidRequest, $"state «{state}» — не GUID");
        var timestamp = Value("timestamp");
        if (!EsiaRequestChecks.TimestampIsCurrent(timestamp, now, settings.TimestampSkew, extraAge))
            return Back(EsiaErrors.InvalidTimestamp, $"timestamp «{timestamp}» не читается или отличается от времени ЕСИА ({EsiaTimestamp.Format(now)}) больше чем на {settings.TimestampSkew.TotalMinutes:0} мин");
        if (Value("client_certificate_hash") is null)
            return Back(EsiaErrors.ParameterMissing, "нет параметра client_certificate_hash");
        if (!settings.IsClientCertificate(Value("client_certificate_hash")))
            return Back(EsiaErrors.ClientNotRegistered, $"client_certificate_hash «{Value("client_certificate_hash")}» не совпадает с хэшем сертификата портала");
        var accessType = Value("access_type")!;
        if (accessType is not ("online" or "offline"))
            return Back(EsiaErrors.InvalidRequest, $"access_type = {accessType}, ожидается online или offline");
        var input = EsiaClientSecret.Input(clientId, query["scope"].ToString(), timestamp!, state!, redirectUri);
        if (!EsiaRequestChecks.SignatureIsValid(settings.ClientPublicKeyPem, input, Value("client_secret")))
            return Back(EsiaErrors.InvalidSignature, "подпись client_secret не сходится с ключом портала");
        return EsiaAuthorizationOutcome.Accepted(new EsiaAuthorizationRequest(clientId, redirectUri, query["scope"].ToString(), state!, accessType, Value("nonce")));
    }
}
