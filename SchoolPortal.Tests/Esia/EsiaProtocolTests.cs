using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaProtocolTests
{
    [Fact]
    public void Timestamp_is_moscow_time_with_an_offset_without_colon()
    {
        var at = new DateTimeOffset(2026, 11, 28, 21, 5, 9, TimeSpan.Zero);

        Assert.Equal("2026.11.29 00:05:09 +0300", EsiaTimestamp.Format(at));
        Assert.Equal("2026.11.29 00:05:09 +0300", EsiaTimestamp.Format(at.ToOffset(TimeSpan.FromHours(5))));
    }

    [Fact]
    public void Timestamp_parses_back_and_refuses_the_offset_with_a_colon()
    {
        Assert.True(EsiaTimestamp.TryParse("2026.11.29 00:05:09 +0300", out var at));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 21, 5, 9, TimeSpan.Zero), at.ToUniversalTime());
        Assert.False(EsiaTimestamp.TryParse("2026.11.29 00:05:09 +03:00", out _));
        Assert.False(EsiaTimestamp.TryParse("29.11.2026 00:05:09 +0300", out _));
        Assert.False(EsiaTimestamp.TryParse(null, out _));
    }

    [Fact]
    public void Client_secret_input_concatenates_the_parameters_in_esia_order_and_adds_the_code_on_the_token_request()
    {
        var state = "1f0c3a5e-8a34-4c50-9a36-6d1e2c7b9f10";

        Assert.Equal("PORTAL74openid fullname2026.11.29 00:05:09 +0300" + state + "https://portal.example/signin-esia",
            EsiaClientSecret.Input("PORTAL74", "openid fullname", "2026.11.29 00:05:09 +0300", state, "https://portal.example/signin-esia"));
        Assert.EndsWith("signin-esiaCODE42",
            EsiaClientSecret.Input("PORTAL74", "openid", "2026.11.29 00:05:09 +0300", state, "https://portal.example/signin-esia", "CODE42"));
    }

    [Fact]
    public async Task Development_signature_of_the_secret_verifies_with_the_public_key_and_fails_for_other_input()
    {
        var path = Path.Combine(Path.GetTempPath(), $"esia-dev-{Guid.NewGuid():N}.pem");
        try
        {
            using var signer = RsaDevelopmentSigner.FromFile(path);
            var secret = await EsiaClientSecret.CreateAsync(signer, "PORTAL74", "openid", "2026.11.29 00:05:09 +0300", "state-1", "https://p/cb");
            var signature = WebEncoders.Base64UrlDecode(secret);
            var input = Encoding.UTF8.GetBytes(EsiaClientSecret.Input("PORTAL74", "openid", "2026.11.29 00:05:09 +0300", "state-1", "https://p/cb"));
            var tampered = Encoding.UTF8.GetBytes(EsiaClientSecret.Input("PORTAL74", "openid", "2026.11.29 00:05:10 +0300", "state-1", "https://p/cb"));

            Assert.True(RsaDevelopmentSigner.Verify(signer.PublicKeyPem, input, signature));
            Assert.False(RsaDevelopmentSigner.Verify(signer.PublicKeyPem, tampered, signature));
            using var reloaded = RsaDevelopmentSigner.FromFile(path);
            Assert.Equal(signer.PublicKeyPem, reloaded.PublicKeyPem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Command_signer_passes_the_data_on_standard_input_and_reads_base64_back()
    {
        // base64 stands in for the GOST tool: its "signature" is the data itself, so the round trip is visible.
        var signer = new CommandSigner("base64", "-w0", TimeSpan.FromSeconds(10));

        var result = await signer.SignAsync(Encoding.UTF8.GetBytes("подпиши меня"));

        Assert.Equal("подпиши меня", Encoding.UTF8.GetString(result));
    }

    [Fact]
    public async Task Command_signer_failure_says_in_russian_which_program_failed()
    {
        var failing = new CommandSigner("sh", "-c \"echo 'ключ не найден' >&2; exit 3\"", TimeSpan.FromSeconds(10));
        var missing = new CommandSigner("no-such-gost-tool", "", TimeSpan.FromSeconds(10));

        var failed = await Assert.ThrowsAsync<EsiaSigningException>(() => failing.SignAsync([1, 2, 3]));
        var notFound = await Assert.ThrowsAsync<EsiaSigningException>(() => missing.SignAsync([1, 2, 3]));

        Assert.Contains("кодом 3", failed.Message);
        Assert.Contains("ключ не найден", failed.Message);
        Assert.Contains("no-such-gost-tool", notFound.Message);
    }

    [Fact]
    public async Task Http_signer_posts_the_data_and_refuses_an_error_answer()
    {
        byte[]? posted = null;
        var ok = new HttpSigner(new HttpClient(new Answer(async request =>
        {
            posted = await request.Content!.ReadAsByteArrayAsync();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Convert.ToBase64String([9, 8, 7])) };
        })), new Uri("http://signer.local/sign"));
        var down = new HttpSigner(new HttpClient(new Answer(_ =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("ключ заблокирован") }))),
            new Uri("http://signer.local/sign"));

        Assert.Equal([9, 8, 7], await ok.SignAsync([1, 2, 3]));
        Assert.Equal([1, 2, 3], posted);
        var e = await Assert.ThrowsAsync<EsiaSigningException>(() => down.SignAsync([1]));
        Assert.Contains("503", e.Message);
    }

    private sealed class Answer(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(request);
    }
}
