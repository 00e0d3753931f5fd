using Microsoft.AspNetCore.DataProtection;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// Remembers, between the ESIA callback and the linking page, which Gosuslugi account (oid) the browser signed in with: an
/// encrypted, HTTP-only cookie that expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class EsiaPendingLink(IDataProtectionProvider protection)
{
    public const string CookieName = "SchoolPortal.EsiaLink";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("SchoolPortal.EsiaPendingLink").ToTimeLimitedDataProtector();

    public void Remember(HttpContext http, string oid)
    {
        // The data protector's own clock (the machine's) decides expiry: the portal's clock may be pinned for the demo.
        var value = Protector.Protect(oid, Lifetime);
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            Path = "/account",
            MaxAge = Lifetime,
        });
    }

    /// <summary>The oid, or null when there is no cookie or it expired or was tampered with.</summary>
    public string? Recall(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
            return null;
        try
        {
            return Protector.Unprotect(value) is { Length: > 0 } oid ? oid : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public static void Forget(HttpContext http) => http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/account" });
}
