using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Esia;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Features.Accounts;

public static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string ChangePasswordPath = "/account/change-password";

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = LoginPath;
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "SchoolPortal.Auth";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                PortalCookieEvents.Attach(o);
            });
        services.AddPortalAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<ICurrentUser, CircuitCurrentUser>();
        services.AddScoped<PortalDb>();
        services.AddScoped<PasswordSignIn>();
        services.AddAccountRevocation();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Domain.Accounts.UserAccount>,
            Microsoft.AspNetCore.Identity.PasswordHasher<Domain.Accounts.UserAccount>>();
        return services;
    }

    public static async Task SignInCookieAsync(HttpContext http, PortalUser user, bool mustChangePassword)
    {
        var identity = user.ToIdentity(CookieAuthenticationDefaults.AuthenticationScheme, mustChangePassword);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new System.Security.Claims.ClaimsPrincipal(identity));
    }

    /// <summary>Until a must-change password is changed, every page leads to the change form.</summary>
    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path;
        if (http.User.HasClaim(PortalUser.MustChangePasswordClaim, "true")
            && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content")
            && !path.StartsWithSegments("/_blazor") && !Path.HasExtension(path.Value))
        {
            http.Response.Redirect(ChangePasswordPath);
            return;
        }
        await next();
    });

    /// <summary>
    /// Parents and pupils start at the portfolio: a static page, so the evening peak of parents opens no live circuits.
    /// </summary>
    public static IApplicationBuilder UseFamilyStartPage(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path == "/" && HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated == true)
        {
            var user = PortalUser.From(http.User);
            if (user.Has(Role.Parent | Role.Pupil) && !user.Has(Role.RegionOperator | Role.MunicipalOperator | Role.SchoolAdmin | Role.Teacher))
            {
                http.Response.Redirect(FamilyStartPath);
                return;
            }
        }
        await next();
    });

    public const string FamilyStartPath = "/portfolio";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext http) =>
        {
            // A Gosuslugi session is ended at ESIA too, or the next «Войти через Госуслуги» would sign the same person in silently.
            var viaEsia = http.User.HasClaim(EsiaDefaults.SignedInWithClaim, EsiaDefaults.SignedInWithEsia);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return viaEsia ? Results.Redirect(EsiaLinkEndpoints.LogoutTarget(http)) : Results.LocalRedirect(LoginPath);
        }).RequireAntiforgeryToken();
        return endpoints;
    }
}
