using SchoolPortal.Integrations.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaSignersTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"esia-signers-{Guid.NewGuid():N}");

    [Fact]
    public void Each_signer_kind_is_made_from_its_settings()
    {
        try
        {
            var development = EsiaSigners.Create(new EsiaSignerOptions(), _root, () => new HttpClient());
            var command = EsiaSigners.Create(new EsiaSignerOptions { Kind = EsiaSignerKind.Command, Command = "cryptcp" }, _root, () => new HttpClient());
            var http = EsiaSigners.Create(new EsiaSignerOptions { Kind = EsiaSignerKind.Http, Url = "https://sign.local/api" }, _root, () => new HttpClient());

            Assert.IsType<RsaDevelopmentSigner>(development);
            Assert.True(File.Exists(Path.Combine(_root, "App_Data", "esia-development-key.pem")));
            Assert.IsType<CommandSigner>(command);
            Assert.IsType<HttpSigner>(http);
        }
        finally
        {
            if (Directory.Exists(_root))
                Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Incomplete_settings_are_refused_with_the_setting_to_fix()
    {
        var noCommand = Assert.Throws<InvalidOperationException>(() =>
            EsiaSigners.Create(new EsiaSignerOptions { Kind = EsiaSignerKind.Command }, _root, () => new HttpClient()));
        var badUrl = Assert.Throws<InvalidOperationException>(() =>
            EsiaSigners.Create(new EsiaSignerOptions { Kind = EsiaSignerKind.Http, Url = "ftp://sign.local" }, _root, () => new HttpClient()));

        Assert.Contains("Esia:Signer:Command", noCommand.Message);
        Assert.Contains("Esia:Signer:Url", badUrl.Message);
    }
}
