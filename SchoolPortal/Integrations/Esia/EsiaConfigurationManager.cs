using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// ESIA publishes no discovery document: the handler's configuration is made from the settings — the authorization and token
/// endpoints, the issuer and the key of ESIA's certificate. Built on first use, because in emulator mode the token endpoint
/// is the address the portal listens on, known only once it has started.
/// </summary>
public sealed class EsiaConfigurationManager(EsiaOptions options, EsiaEndpoints endpoints, string certificatePath)
    : IConfigurationManager<OpenIdConnectConfiguration>
{
    private OpenIdConnectConfiguration? _configuration;

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel) =>
        Task.FromResult(_configuration ??= Build());

    public void RequestRefresh()
    {
        // Nothing to fetch: the configuration is the settings.
    }

    private OpenIdConnectConfiguration Build()
    {
        // The browser's address is set per request (EsiaEndpoints.Authorization); this one is only the handler's default.
        var configuration = new OpenIdConnectConfiguration
        {
            Issuer = options.Issuer,
            AuthorizationEndpoint = new Uri(endpoints.Backchannel(), EsiaDefaults.AuthorizationPath.TrimStart('/')).ToString(),
            TokenEndpoint = endpoints.Token().ToString(),
        };
        configuration.ResponseTypesSupported.Add(OpenIdConnectResponseType.Code);
        configuration.SigningKeys.Add(EsiaCertificate.Load(certificatePath));
        return configuration;
    }
}
