using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// ESIA's <c>client_secret</c>: a detached signature of the request's own parameters, concatenated without separators in
/// this order: client_id, scope, timestamp, state, redirect_uri, and on the token request also the authorization code;
/// sent base64url-encoded.
/// </summary>
public static class EsiaClientSecret
{
    public static string Input(string clientId, string scope, string timestamp, string state, string redirectUri, string? code = null) =>
        clientId + scope + timestamp + state + redirectUri + (code ?? "");

    public static async Task<string> CreateAsync(IEsiaSigner signer, string clientId, string scope, string timestamp, string state,
        string redirectUri, string? code = null, CancellationToken ct = default)
    {
        var signature = await signer.SignAsync(Encoding.UTF8.GetBytes(Input(clientId, scope, timestamp, state, redirectUri, code)), ct);
        return WebEncoders.Base64UrlEncode(signature);
    }
}
