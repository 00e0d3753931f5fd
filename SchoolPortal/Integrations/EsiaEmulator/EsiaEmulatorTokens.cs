using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// ESIA's tokens: RS256 JWTs signed with the emulator's key, <c>kid</c> = the certificate's thumbprint (what the
/// portal's <see cref="X509SecurityKey"/> of the certificate file calls its KeyId). The id_token carries ESIA's claims
/// about the subject (<c>urn:esia:sbj</c> with oid and <c>is_tru</c>); the access token is what the REST API accepts.
/// </summary>
public sealed class EsiaEmulatorTokens
{
    public const string SubjectIdClaim = "urn:esia:sbj_id";
    public const string SubjectClaim = "urn:esia:sbj";
    public const string SessionClaim = "urn:esia:sid";

    private readonly EsiaEmulatorSettings _settings;
    private readonly TimeProvider _clock;
    private readonly Lazy<(SigningCredentials Signing, SecurityKey Validation)> _keys;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public EsiaEmulatorTokens(EsiaEmulatorSettings settings, TimeProvider clock)
    {
        _settings = settings;
        _clock = clock;
        _keys = new(LoadKeys, LazyThreadSafetyMode.PublicationOnly);
    }

    public string IdToken(EsiaAuthorizationGrant grant, DateTimeOffset now, EmulatorPerson person)
    {
        var oid = long.Parse(grant.Oid, CultureInfo.InvariantCulture);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = grant.Oid,
            ["auth_time"] = grant.AuthenticatedAt.ToUnixTimeSeconds(),
            ["amr"] = "PWD",
            [SubjectIdClaim] = oid,
            [SubjectClaim] = new Dictionary<string, object>
            {
                ["urn:esia:sbj:typ"] = "P",
                ["urn:esia:sbj:oid"] = oid,
                ["urn:esia:sbj:nam"] = $"OID.{grant.Oid}",
                ["urn:esia:sbj:is_tru"] = person.IsTrusted,
            },
            [SessionClaim] = grant.SessionId.ToString("D"),
        };
        if (grant.Nonce is not null)
            claims["nonce"] = grant.Nonce;
        return Create(claims, grant.ClientId, now);
    }

    public string AccessToken(EsiaAuthorizationGrant grant, string scope, DateTimeOffset now) =>
        Create(new Dictionary<string, object>
        {
            [SubjectIdClaim] = long.Parse(grant.Oid, CultureInfo.InvariantCulture),
            ["scope"] = scope,
            ["client_id"] = grant.ClientId,
        }, null, now);

    /// <summary>The oid an access token was issued for; null when the token is not the emulator's, expired or malformed.</summary>
    public async Task<string?> SubjectOfAccessTokenAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
            return null;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = _settings.Issuer,
            ValidateAudience = false,
            IssuerSigningKey = _keys.Value.Validation,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            // The portal's clock, which tests and the demo pin: TokenValidationParameters would use the system's.
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires, _clock.GetUtcNow().UtcDateTime),
        });
        if (!result.IsValid || !result.Claims.TryGetValue(SubjectIdClaim, out var subject))
            return null;
        return Convert.ToString(subject, CultureInfo.InvariantCulture);
    }

    private static bool IsCurrent(DateTime? notBefore, DateTime? expires, DateTime now) =>
        (notBefore is null || notBefore <= now) && expires is { } end && end > now;

    private string Create(Dictionary<string, object> claims, string? audience, DateTimeOffset now) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _settings.Issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + _settings.TokenLifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = _keys.Value.Signing,
        });

    private (SigningCredentials, SecurityKey) LoadKeys()
    {
        var files = _settings.KeyFiles;
        using var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(files.CertificatePath));
        var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(files.KeyPath));
        var signing = new RsaSecurityKey(key) { KeyId = certificate.Thumbprint };
        var validation = new RsaSecurityKey(key.ExportParameters(false)) { KeyId = certificate.Thumbprint };
        return (new SigningCredentials(signing, SecurityAlgorithms.RsaSha256), validation);
    }
}
