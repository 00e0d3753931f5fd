using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// The addresses around ESIA sign-in: start it, link one's own signed-in account, leave the linking page (ending the ESIA
/// session too, so another Gosuslugi account can be chosen).
/// </summary>
public static class EsiaLinkEndpoints
{
    public const string CancelPath = "/account/esia/link/cancel";
    public const string LinkedPath = "/account/esia/linked";

    public static IEndpointRouteBuilder MapEsiaLinkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The emulator's pages list real names from the database: they exist only in emulator mode.
        if (endpoints.ServiceProvider.GetRequiredService<EsiaOptions>().Mode == EsiaMode.Emulator)
            endpoints.MapEsiaEmulator();

        endpoints.MapGet(EsiaDefaults.SignInPath, (HttpContext http, EsiaOptions options, string? returnUrl) =>
            options.Mode == EsiaMode.Off
                ? Results.LocalRedirect(AccountEndpoints.LoginPath)
                : Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl.Safe(returnUrl) }, [EsiaDefaults.Scheme]));

        endpoints.MapPost(EsiaDefaults.LinkOwnPath, (HttpContext http, EsiaOptions options) =>
        {
            var user = PortalUser.From(http.User);
            if (options.Mode == EsiaMode.Off)
                return Results.LocalRedirect("/account/profile");
            var properties = new AuthenticationProperties { RedirectUri = LinkedPath };
            properties.Items[EsiaDefaults.LinkAccountItem] = user.AccountId.ToString();
            return Results.Challenge(properties, [EsiaDefaults.Scheme]);
        }).RequireAuthorization().RequireAntiforgeryToken();

        endpoints.MapPost(CancelPath, (HttpContext http) =>
        {
            EsiaPendingLink.Forget(http);
            return Results.Redirect(LogoutTarget(http));
        }).RequireAntiforgeryToken();
        return endpoints;
    }

    /// <summary>The portal cookie's principal for a session started through ESIA (sign-out then also ends the ESIA session).</summary>
    public static ClaimsPrincipal Principal(PortalUser user)
    {
        var identity = user.ToIdentity(CookieAuthenticationDefaults.AuthenticationScheme, mustChangePassword: false);
        identity.AddClaim(new Claim(EsiaDefaults.SignedInWithClaim, EsiaDefaults.SignedInWithEsia));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Signs the user in with the portal cookie, marked as an ESIA session.</summary>
    public static Task SignInAsync(HttpContext http, PortalUser user) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user));

    /// <summary>Where signing out leads: through ESIA's logout (with client_id and redirect_url) when ESIA is on, else the login page.</summary>
    public static string LogoutTarget(HttpContext http)
    {
        var endpoints = http.RequestServices.GetService<EsiaEndpoints>();
        var options = http.RequestServices.GetRequiredService<EsiaOptions>();
        if (endpoints is null || options.Mode == EsiaMode.Off)
            return AccountEndpoints.LoginPath;
        var login = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{AccountEndpoints.LoginPath}";
        return endpoints.Logout(http.Request, login);
    }

}
