using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The ESIA emulator, hosted by the portal itself when <c>Esia:Mode=Emulator</c> and <see cref="DemoEmulators"/> allows it: ESIA's endpoints and parameters at
/// ESIA's paths, so switching to the real ESIA changes only the base address and keys in the settings.
/// </summary>
public static class EsiaEmulatorEndpoints
{
    public const string AuthorizationPath = "/aas/oauth2/v2/ac";
    public const string TokenPath = "/aas/oauth2/v3/te";
    public const string PersonsPath = "/rs/prns";
    public const string LogoutPath = "/idp/ext/Logout";

    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Registers the emulator; throws when <paramref name="gate"/> does not allow emulators (Production or no demo).</summary>
    public static IServiceCollection AddEsiaEmulator(this IServiceCollection services, IConfiguration configuration, string contentRoot,
        DemoEmulators gate)
    {
        gate.Require(DemoEmulators.EsiaModeSetting, "Emulator");
        services.TryAddSingleton(gate);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(EsiaEmulatorSettings.From(configuration, contentRoot));
        services.TryAddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<EsiaEmulatorPersons>();
        services.AddSingleton<EsiaEmulatorCodes>();
        services.AddSingleton<EsiaEmulatorTokens>();
        services.AddSingleton<EsiaAuthorizationCheck>();
        services.AddSingleton<EsiaTokenExchange>();
        return services;
    }

    public static IEndpointRouteBuilder MapEsiaEmulator(this IEndpointRouteBuilder endpoints)
    {
        // Checked again where the addresses appear: a host that registered the emulator some other way still cannot map it.
        endpoints.ServiceProvider.GetRequiredService<DemoEmulators>().Require(DemoEmulators.EsiaModeSetting, "Emulator");
        endpoints.MapGet(AuthorizationPath, EsiaAuthorizationEndpoint.ShowAsync).Open();
        endpoints.MapPost(AuthorizationPath, EsiaAuthorizationEndpoint.AnswerAsync).Open();
        endpoints.MapPost(TokenPath, EsiaAuthorizationEndpoint.TokenAsync).Open();
        endpoints.MapGet(LogoutPath, EsiaAuthorizationEndpoint.Logout).Open();

        endpoints.MapGet(PersonsPath + "/{oid}", EsiaRestEndpoints.PersonAsync).Open();
        endpoints.MapGet(PersonsPath + "/{oid}/docs", EsiaRestEndpoints.DocumentsAsync).Open();
        endpoints.MapGet(PersonsPath + "/{oid}/docs/{docId}", EsiaRestEndpoints.DocumentAsync).Open();
        endpoints.MapGet(PersonsPath + "/{oid}/kids", EsiaRestEndpoints.KidsAsync).Open();
        endpoints.MapGet(PersonsPath + "/{oid}/kids/{kidId}", EsiaRestEndpoints.KidAsync).Open();
        endpoints.MapGet(PersonsPath + "/{oid}/kids/{kidId}/docs", EsiaRestEndpoints.KidDocumentsAsync).Open();
        endpoints.MapGet(PersonsPath + "/{oid}/kids/{kidId}/docs/{docId}", EsiaRestEndpoints.KidDocumentAsync).Open();
        return endpoints;
    }

    /// <summary>ESIA is reached without the portal's cookie or antiforgery token: its own checks guard it.</summary>
    private static RouteHandlerBuilder Open(this RouteHandlerBuilder builder) =>
        builder.AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
}
