using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// The signature check of ESIA's id_token. The framework's handler does not check the signature of an id_token that comes
/// from the token endpoint (OpenID Connect allows trusting TLS there), so an unsigned <c>alg: none</c> token would pass;
/// ESIA's is always checked here: signed, with an algorithm the settings allow (RS256), by ESIA's certificate.
/// </summary>
public static class EsiaIdToken
{
    /// <summary>Why the token is refused, in English for the log; null when it is signed by ESIA and otherwise valid.</summary>
    public static async Task<string?> ProblemAsync(string? idToken, OpenIdConnectOptions options, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(idToken))
            return "the token answer has no id_token";
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(ct);
        var parameters = options.TokenValidationParameters.Clone();
        parameters.RequireSignedTokens = true;
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, parameters);
        return result.IsValid ? null : result.Exception?.GetType().Name ?? "invalid";
    }
}
