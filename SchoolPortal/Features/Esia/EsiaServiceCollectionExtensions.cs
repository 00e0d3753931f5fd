using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SchoolPortal.Integrations;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// Registers «Войти через Госуслуги»: the framework's OpenID Connect handler configured by hand for ESIA (no discovery, no
/// nonce, no userinfo, code flow with the answer in the query, the state kept in the database), the signer, the REST client
/// and the linking services. With Esia:Mode = Off only the settings are registered and the button is hidden.
/// </summary>
public static class EsiaServiceCollectionExtensions
{
    public static IServiceCollection AddEsiaFeature(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var contentRoot = environment.ContentRootPath;
        // Read before the container is built: Esia:Mode decides whether the OIDC handler is registered; a wrong setting stops the start here.
        var options = configuration.GetSection(EsiaOptions.Section).Get<EsiaOptions>() ?? new EsiaOptions();
        var signerOptions = configuration.GetSection("Esia:Signer").Get<EsiaSignerOptions>() ?? new EsiaSignerOptions();
        services.AddSingleton(options);
        services.AddSingleton(signerOptions);
        services.AddScoped<EsiaLinkAdmin>();
        if (options.Mode == EsiaMode.Off)
            return services;

        if (options.Problems(signerOptions.Kind) is { Count: > 0 } problems)
            throw new InvalidOperationException("Вход через Госуслуги не настроен: " + string.Join("; ", problems) + ".");

        string certificate;
        if (options.Mode == EsiaMode.Emulator)
        {
            // The portal hosts the stand-in only in the demo (never in Production); its certificate is the one id_tokens are
            // checked against unless another is set.
            services.AddEsiaEmulator(configuration, contentRoot, DemoEmulators.From(configuration, environment));
            // Read before the container is built: the certificate path goes into the OIDC options configured here.
            var emulator = configuration.GetSection(EsiaEmulatorOptions.Section).Get<EsiaEmulatorOptions>() ?? new EsiaEmulatorOptions();
            certificate = string.IsNullOrWhiteSpace(options.CertificatePath)
                ? EsiaEmulatorCertificate.Ensure(contentRoot, emulator).CertificatePath
                : Path.Combine(contentRoot, options.CertificatePath);
        }
        else
        {
            certificate = Path.Combine(contentRoot, options.CertificatePath!);
        }
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds is > 0 and <= 300 ? options.TimeoutSeconds : 30);

        services.AddHttpClient("EsiaSigner");
        services.AddSingleton(sp => EsiaSigners.Create(signerOptions, contentRoot,
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient("EsiaSigner")));
        services.AddSingleton(sp => EsiaClientCertificateHash.Resolve(options, sp.GetRequiredService<IEsiaSigner>()));
        services.AddSingleton<EsiaEndpoints>();
        services.AddSingleton<EsiaStateFormat>();
        services.AddSingleton<EsiaPendingLink>();
        services.AddHttpClient<EsiaRestClient>(EsiaRestClient.HttpClientName, c => c.Timeout = timeout);
        services.AddScoped<EsiaAccounts>();
        services.AddScoped<EsiaSignInEvents>();

        services.AddAuthentication().AddOpenIdConnect(EsiaDefaults.Scheme, EsiaDefaults.DisplayName, _ => { });
        services.AddOptions<OpenIdConnectOptions>(EsiaDefaults.Scheme)
            .Configure<EsiaEndpoints, EsiaStateFormat, TimeProvider>((o, endpoints, state, clock) =>
            {
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                // Cookie expiry is read by the browser against the real time, so the handler keeps the machine's clock even when
                // the portal's is pinned to a demo day; ESIA's timestamps and token lifetimes use the portal's clock (below).
                o.TimeProvider = TimeProvider.System;
                o.ClientId = options.ClientId;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = false;
                o.CallbackPath = options.CallbackPath;
                o.Scope.Clear();
                foreach (var scope in options.Scopes)
                    o.Scope.Add(scope);
                o.GetClaimsFromUserInfoEndpoint = false;
                o.SaveTokens = false;
                o.MapInboundClaims = false;
                o.DisableTelemetry = true;
                o.BackchannelTimeout = timeout;
                o.RemoteAuthenticationTimeout = EsiaStateFormat.Lifetime;
                o.ProtocolValidator = new OpenIdConnectProtocolValidator { RequireNonce = false, RequireStateValidation = false };
                o.ConfigurationManager = new EsiaConfigurationManager(options, endpoints, certificate);
                o.StateDataFormat = state;
                o.EventsType = typeof(EsiaSignInEvents);
                // ESIA returns with a top-level GET: Lax cookies come along, and plain http works for the local emulator.
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.ClientId,
                    // Only ESIA's signature algorithm, and always signed: EsiaIdToken checks the token endpoint's id_token too,
                    // whose signature the handler itself would skip.
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    RequireSignedTokens = true,
                    NameClaimType = "sub",
                    // The portal's clock (pinned to a day in the demo), the one the emulator signs with.
                    LifetimeValidator = (notBefore, expires, _, p) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return (notBefore is null || notBefore.Value <= now + p.ClockSkew) && expires is { } e && e >= now - p.ClockSkew;
                    },
                };
            });
        return services;
    }
}
