using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SchoolPortal.Infrastructure.Security;

/// <summary>
/// What protects every response: the proxy's forwarded headers believed only from known proxies, HSTS and HTTPS redirection
/// in Production, an error page without details outside Development, and the <see cref="SecurityHeaders"/>.
/// </summary>
public static class PortalSecurity
{
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Read before the container is built: the trusted proxies go into the forwarded-headers options registered here.
        var proxies = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.KnownProxies)
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: «{proxy}» — не IP-адрес."));
            foreach (var network in proxies.KnownNetworks)
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: «{network}» — не сеть в форме 10.0.0.0/24."));
        });
        if (RedirectsToHttps(configuration, environment))
        {
            services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
            // Behind nginx the portal has no HTTPS endpoint of its own to learn the port from.
            services.AddHttpsRedirection(options => options.HttpsPort = configuration.GetValue("Security:HttpsPort", 443));
        }
        return services;
    }

    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        if (RedirectsToHttps(app.Configuration, app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeaders>(FormTargets(app.Configuration));
        return app;
    }

    /// <summary>
    /// Production answers over HTTPS only (<c>Security:HttpsRedirection</c>, true by default); only a measurement on loopback
    /// (the portfolio-load benchmark) turns it off.
    /// </summary>
    private static bool RedirectsToHttps(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsProduction() && configuration.GetValue("Security:HttpsRedirection", true);

    /// <summary>The portal itself, and the real ESIA where the sign-in and linking forms are redirected.</summary>
    private static IReadOnlyList<string> FormTargets(IConfiguration configuration) =>
        Uri.TryCreate(configuration["Esia:BaseUrl"], UriKind.Absolute, out var esia) && esia.Scheme is "https" or "http"
            ? [esia.GetLeftPart(UriPartial.Authority)]
            : [];
}
