using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;

namespace SchoolPortal.Tests.EsiaLinking;

/// <summary>What the handler refuses: a request signed with a key ESIA does not know, and a token answer without the state echo.</summary>
public sealed class EsiaSignInRefusalTests
{
    [Fact]
    public async Task A_request_signed_with_an_unknown_key_is_refused_by_esia_with_its_code()
    {
        var host = new EsiaSignInHost(services =>
            services.AddSingleton<IEsiaSigner>(RsaDevelopmentSigner.FromFile(Path.Combine(Path.GetTempPath(), $"other-{Guid.NewGuid():N}.pem"))));
        await host.InitializeAsync();
        try
        {
            using var browser = host.NewBrowser();
            var authorization = await EsiaSignInHost.StartAsync(browser);

            var landed = await EsiaSignInHost.FollowAsync(browser, authorization);

            Assert.Equal($"{EsiaDefaults.ErrorPagePath}?reason={EsiaErrors.InvalidSignature.Code}", landed);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_token_answer_that_does_not_echo_the_state_is_refused()
    {
        var host = new EsiaSignInHost(services => services.Configure<OpenIdConnectOptions>(EsiaDefaults.Scheme,
            o => o.BackchannelHttpHandler = new StateChanger(new HttpClientHandler())));
        await host.InitializeAsync();
        try
        {
            using var browser = host.NewBrowser();
            var callback = await EsiaSignInHost.PickAsync(browser, await EsiaSignInHost.StartAsync(browser), EmulatorPersonKeys.Linked);

            var landed = await EsiaSignInHost.FollowAsync(browser, callback);

            Assert.Equal($"{EsiaDefaults.ErrorPagePath}?reason={EsiaFailure.Token}", landed);
            Assert.Equal("anonymous", await browser.GetStringAsync("/whoami"));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>Replaces the state in ESIA's token answer, as a forged or mixed-up answer would.</summary>
    private sealed class StateChanger(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            if (!request.RequestUri!.AbsolutePath.EndsWith(EsiaDefaults.TokenPath, StringComparison.Ordinal) || !response.IsSuccessStatusCode)
                return response;
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!.AsObject();
            json["state"] = Guid.NewGuid().ToString("D");
            response.Content = JsonContent.Create(json);
            return response;
        }
    }
}
