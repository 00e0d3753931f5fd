using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SchoolPortal.Integrations.EsiaEmulator;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaEmulatorTokenTests(EsiaEmulatorHost host) : IClassFixture<EsiaEmulatorHost>
{
    [Theory]
    [InlineData("matching", true)]
    [InlineData("unconfirmed", false)]
    public async Task A_code_is_exchanged_for_tokens_signed_by_the_certificate_with_esias_claims(string key, bool trusted)
    {
        var person = await host.PersonAsync(key);
        var code = await host.CodeForAsync(key);

        var (response, state) = await host.TokenRequestAsync(code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var answer = body.RootElement;
        Assert.Equal(state, answer.GetProperty("state").GetString());
        Assert.Equal("Bearer", answer.GetProperty("token_type").GetString());
        Assert.Equal(3600, answer.GetProperty("expires_in").GetInt64());
        Assert.True(Guid.TryParse(answer.GetProperty("refresh_token").GetString(), out _));

        var idToken = answer.GetProperty("id_token").GetString()!;
        Assert.True(await ValidatesWithCertificateAsync(idToken, audience: "SCHOOLPORTAL"));
        var claims = Payload(idToken);
        var now = host.Clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal("http://esia.gosuslugi.ru/", claims.GetProperty("iss").GetString());
        Assert.Equal(person.Oid, claims.GetProperty("sub").GetString());
        Assert.Equal("SCHOOLPORTAL", claims.GetProperty("aud").GetString());
        Assert.Equal(now, claims.GetProperty("iat").GetInt64());
        Assert.Equal(now, claims.GetProperty("nbf").GetInt64());
        Assert.Equal(now + 3600, claims.GetProperty("exp").GetInt64());
        Assert.Equal(now, claims.GetProperty("auth_time").GetInt64());
        Assert.Equal("PWD", claims.GetProperty("amr").GetString());
        Assert.Equal(long.Parse(person.Oid), claims.GetProperty("urn:esia:sbj_id").GetInt64());
        var subject = claims.GetProperty("urn:esia:sbj");
        Assert.Equal("P", subject.GetProperty("urn:esia:sbj:typ").GetString());
        Assert.Equal(long.Parse(person.Oid), subject.GetProperty("urn:esia:sbj:oid").GetInt64());
        Assert.Equal($"OID.{person.Oid}", subject.GetProperty("urn:esia:sbj:nam").GetString());
        Assert.Equal(trusted, subject.GetProperty("urn:esia:sbj:is_tru").GetBoolean());
        Assert.True(Guid.TryParse(claims.GetProperty("urn:esia:sid").GetString(), out _));

        var accessToken = answer.GetProperty("access_token").GetString()!;
        Assert.True(await ValidatesWithCertificateAsync(accessToken, audience: null));
        var access = Payload(accessToken);
        Assert.Equal(long.Parse(person.Oid), access.GetProperty("urn:esia:sbj_id").GetInt64());
        Assert.Equal(EsiaEmulatorHost.Scope, access.GetProperty("scope").GetString());
        Assert.Equal("SCHOOLPORTAL", access.GetProperty("client_id").GetString());
    }

    [Fact]
    public async Task A_code_is_single_use_even_when_its_first_use_failed_on_the_signature()
    {
        var code = await host.CodeForAsync("matching");

        var (forged, forgedState) = await host.TokenRequestAsync(code, new Dictionary<string, string?> { ["scope"] = "openid" });
        var (replayed, _) = await host.TokenRequestAsync(code);

        await AssertErrorAsync(forged, "invalid_client", "ESIA-007053", forgedState);
        await AssertErrorAsync(replayed, "invalid_grant", "ESIA-007011", null);
    }

    [Fact]
    public async Task A_used_code_is_refused_the_second_time()
    {
        var code = await host.CodeForAsync("linked");

        var (first, _) = await host.TokenRequestAsync(code);
        var (second, _) = await host.TokenRequestAsync(code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertErrorAsync(second, "invalid_grant", "ESIA-007011", null);
    }

    [Fact]
    public async Task An_expired_code_or_a_code_for_another_redirect_address_is_refused()
    {
        var expired = await host.CodeForAsync("matching");
        var elsewhere = await host.CodeForAsync("matching");
        var lifetime = host.Services.GetRequiredService<EsiaEmulatorSettings>().CodeLifetime;

        var start = host.Clock.GetUtcNow();
        host.Clock.Advance(lifetime + TimeSpan.FromSeconds(1));
        try
        {
            var (late, _) = await host.TokenRequestAsync(expired);
            await AssertErrorAsync(late, "invalid_grant", "ESIA-007011", null);
        }
        finally
        {
            host.Clock.Advance(start - host.Clock.GetUtcNow());
        }
        var (redirected, _) = await host.TokenRequestAsync(elsewhere,
            new Dictionary<string, string?> { ["redirect_uri"] = "https://other.test/signin-esia" });
        await AssertErrorAsync(redirected, "invalid_grant", "ESIA-007011", null);
    }

    [Theory]
    [InlineData("grant_type", "refresh_token", "unsupported_grant_type", "ESIA-007012")]
    [InlineData("client_certificate_hash", null, "invalid_request", "ESIA-007014")]
    [InlineData("client_id", "OTHER", "unauthorized_client", "ESIA-007002")]
    [InlineData("client_certificate_hash", "DEVELOPMENT", "unauthorized_client", "ESIA-007002")]
    [InlineData("state", "not-a-guid", "invalid_request", "ESIA-007003")]
    [InlineData("timestamp", "2020.01.01 00:00:00 +0300", "invalid_request", "ESIA-007015")]
    [InlineData("client_secret", "c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ", "invalid_client", "ESIA-007053")]
    public async Task A_faulty_token_request_gets_esias_error_as_json(string parameter, string? value, string error, string code)
    {
        var issued = await host.CodeForAsync("matching");

        var (response, _) = await host.TokenRequestAsync(issued, new Dictionary<string, string?> { [parameter] = value });

        await AssertErrorAsync(response, error, code, null);
    }

    private async Task<bool> ValidatesWithCertificateAsync(string token, string? audience)
    {
        var files = host.Services.GetRequiredService<EsiaEmulatorSettings>().KeyFiles;
        using var certificate = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(files.CertificatePath));
        var key = new X509SecurityKey(certificate);
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "http://esia.gosuslugi.ru/",
            ValidAudience = audience,
            ValidateAudience = audience is not null,
            IssuerSigningKey = key,
            LifetimeValidator = (notBefore, expires, _, _) => notBefore <= now && expires > now,
        });
        Assert.Equal(key.KeyId, new JsonWebToken(token).Kid);
        Assert.Equal("RS256", new JsonWebToken(token).Alg);
        return result.IsValid;
    }

    private static JsonElement Payload(string jwt) =>
        JsonDocument.Parse(WebEncoders.Base64UrlDecode(jwt.Split('.')[1])).RootElement;

    private static async Task AssertErrorAsync(HttpResponseMessage response, string error, string code, string? state)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(error, body.RootElement.GetProperty("error").GetString());
        Assert.StartsWith(code + ": ", body.RootElement.GetProperty("error_description").GetString());
        Assert.True(body.RootElement.TryGetProperty("state", out var echoed));
        if (state is not null)
            Assert.Equal(state, echoed.GetString());
    }
}
