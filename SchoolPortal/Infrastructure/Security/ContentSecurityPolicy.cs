using System.Security.Cryptography;

namespace SchoolPortal.Infrastructure.Security;

/// <summary>
/// The portal's Content-Security-Policy: scripts only from the portal itself (Blazor, MudBlazor, the reconnect module) and
/// the one inline import map by a per-response nonce; styles from the portal plus inline style attributes (MudBlazor sets
/// them); the circuit's WebSocket to the same origin; forms posting only to the portal and to ESIA (the sign-in and linking
/// forms end in a redirect there); no framing by anyone.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "SchoolPortal.CspNonce";

    public static string Header(string nonce, IEnumerable<string> formTargets)
    {
        var forms = string.Join(' ', new[] { "'self'" }.Concat(formTargets.Distinct(StringComparer.OrdinalIgnoreCase)));
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {forms}",
            "frame-ancestors 'none'");
    }

    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>The nonce of this response, for the inline import map of <c>App.razor</c>.</summary>
    public static string? NonceOf(HttpContext http) => http.Items.TryGetValue(NonceKey, out var nonce) ? nonce as string : null;

    internal static void Remember(HttpContext http, string nonce) => http.Items[NonceKey] = nonce;
}
