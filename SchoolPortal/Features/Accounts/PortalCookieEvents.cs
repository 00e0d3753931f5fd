using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Accounts;

/// <summary>
/// The sign-in cookie carries the account's security stamp, and every request checks it against the account (through
/// <see cref="AccountStates"/>: at once where the change was saved and, with Redis, on every node; otherwise within a minute): a disabled, dismissed or changed account's cookie is
/// refused and removed, instead of working for the rest of its 10 hours.
/// </summary>
public static class PortalCookieEvents
{
    public const string StampClaim = "security_stamp";

    public static void Attach(CookieAuthenticationOptions options) => options.Events = new CookieAuthenticationEvents
    {
        OnSigningIn = AddStampAsync,
        OnValidatePrincipal = ValidateAsync,
    };

    /// <summary>Every way of signing in (password, ESIA, code) goes through here: the stamp is read at that moment.</summary>
    public static async Task AddStampAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || !int.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id))
            return;
        var cache = context.HttpContext.RequestServices.GetRequiredService<AccountStates>();
        await cache.DropAsync(id);
        var state = await cache.GetAsync(id, context.HttpContext.RequestAborted);
        foreach (var old in identity.FindAll(StampClaim).ToList())
            identity.RemoveClaim(old);
        identity.AddClaim(new Claim(StampClaim, state?.SecurityStamp ?? ""));
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
            return;
        var cache = context.HttpContext.RequestServices.GetRequiredService<AccountStates>();
        if (await StillValidAsync(cache, context.Principal, context.HttpContext.RequestAborted))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static async Task<bool> StillValidAsync(AccountStates cache, ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return true;
        if (!int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
            return false;
        var state = await cache.GetAsync(id, ct);
        return state is not null && state.Admits(principal.FindFirstValue(StampClaim));
    }
}
