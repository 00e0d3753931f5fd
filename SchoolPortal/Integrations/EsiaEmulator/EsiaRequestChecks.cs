using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>The checks ESIA makes on both the authorization and the token request.</summary>
public static class EsiaRequestChecks
{
    /// <summary>The scopes ESIA knows for a person and their kids (the emulator refuses any other with ESIA-007006).</summary>
    public static IReadOnlySet<string> KnownScopes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "openid", "fullname", "birthdate", "gender", "snils", "id_doc", "birth_cert_doc", "kid_fullname", "kid_birthdate",
        "kid_snils", "kid_birth_cert_doc", "email", "mobile", "contacts",
    };

    /// <summary>ESIA wants state as a GUID in its usual form, 8-4-4-4-12 hex digits.</summary>
    public static bool IsGuid(string? state) => Guid.TryParseExact(state, "D", out _);

    public static IReadOnlyList<string> Scopes(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The timestamp parses and lies within <paramref name="skew"/> of <paramref name="now"/>; <paramref name="extraAge"/>
    /// lets an older one through (the picker's form is sent back minutes after the request that showed it).
    /// </summary>
    public static bool TimestampIsCurrent(string? timestamp, DateTimeOffset now, TimeSpan skew, TimeSpan extraAge = default) =>
        EsiaTimestamp.TryParse(timestamp, out var at) && at <= now + skew && at >= now - skew - extraAge;

    /// <summary>client_secret is the base64url detached signature of <paramref name="input"/> (UTF-8) with the client's key.</summary>
    public static bool SignatureIsValid(string publicKeyPem, string input, string? clientSecret)
    {
        if (string.IsNullOrEmpty(clientSecret))
            return false;
        try
        {
            return RsaDevelopmentSigner.Verify(publicKeyPem, Encoding.UTF8.GetBytes(input), WebEncoders.Base64UrlDecode(clientSecret));
        }
        catch (FormatException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>An absolute http(s) address ending in the portal's callback path.</summary>
    public static bool IsPortalCallback(string? redirectUri, string callbackPath) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.AbsolutePath.EndsWith(callbackPath, StringComparison.Ordinal);

    /// <summary>An absolute address on the scheme, host and port <paramref name="request"/> came to (the portal hosting the emulator).</summary>
    public static bool IsSameOrigin(string? url, HttpRequest request) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && Uri.TryCreate($"{request.Scheme}://{request.Host}/", UriKind.Absolute, out var own)
        && Uri.Compare(uri, own, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
