using SchoolPortal.Tests.TestKit;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

/// <summary>What the handler refuses: a request signed with a key ESIA does not know, and a token answer without the state echo.</summary>
[StartsEarly(9)]
public sealed class EsiaSignInRefusalTests
{
    [Fact]
    public async Task A_portal_with_another_certificate_is_refused_by_esia_as_not_registered()
    {
        var other = RsaDevelopmentSigner.FromFile(Path.Combine(Path.GetTempPath(), $"other-{Guid.NewGuid():N}.pem"));
        var host = new EsiaSignInHost(services => services.AddSingleton<IEsiaSigner>(other));
        await host.InitializeAsync();
        try
        {
            using var browser = host.NewBrowser();
            var authorization = await EsiaSignInHost.StartAsync(browser);

            var landed = await EsiaSignInHost.FollowAsync(browser, authorization);

            Assert.Contains($"client_certificate_hash={other.CertificateHash}", authorization.Query);
            Assert.Equal($"{EsiaDefaults.ErrorPagePath}?reason={EsiaErrors.ClientNotRegistered.Code}", landed);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_request_signed_with_an_unknown_key_is_refused_by_esia_with_its_code()
    {
        EsiaSignInHost host = null!;
        host = new EsiaSignInHost(services =>
        {
            // The registered certificate's hash, but the signature of another key: a forged client_secret.
            using var registered = RsaDevelopmentSigner.FromFile(host.DevelopmentKeyPath);
            services.AddSingleton(new EsiaClientCertificateHash(registered.CertificateHash));
            services.AddSingleton<IEsiaSigner>(RsaDevelopmentSigner.FromFile(Path.Combine(Path.GetTempPath(), $"other-{Guid.NewGuid():N}.pem")));
        });
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

    [Theory]
    [InlineData("none")]
    [InlineData("other-key")]
    [InlineData("HS256")]
    public async Task An_id_token_not_signed_by_esias_certificate_is_refused_and_nobody_is_signed_in(string forgery)
    {
        var host = new EsiaSignInHost(services => services.Configure<OpenIdConnectOptions>(EsiaDefaults.Scheme,
            o => o.BackchannelHttpHandler = new IdTokenForger(new HttpClientHandler(), forgery)));
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

    /// <summary>
    /// Re-issues ESIA's id_token with the same claims but unsigned (<c>alg: none</c>), signed with a key ESIA does not hold,
    /// or HMAC-signed: what a forged token endpoint answer would carry.
    /// </summary>
    private sealed class IdTokenForger(HttpMessageHandler inner, string forgery) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            if (!request.RequestUri!.AbsolutePath.EndsWith(EsiaDefaults.TokenPath, StringComparison.Ordinal) || !response.IsSuccessStatusCode)
                return response;
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!.AsObject();
            var parts = json["id_token"]!.GetValue<string>().Split('.');
            json["id_token"] = Forge(parts[1]);
            response.Content = JsonContent.Create(json);
            return response;
        }

        private string Forge(string payload)
        {
            var header = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["alg"] = forgery switch { "none" => "none", "HS256" => "HS256", _ => "RS256" },
                ["typ"] = "JWT",
            });
            var input = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(header)) + "." + payload;
            byte[] signature = forgery switch
            {
                "none" => [],
                "HS256" => HMACSHA256.HashData(Encoding.UTF8.GetBytes("guessed-secret-guessed-secret-32b"), Encoding.ASCII.GetBytes(input)),
                _ => RSA.Create(2048).SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            };
            return input + "." + WebEncoders.Base64UrlEncode(signature);
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
