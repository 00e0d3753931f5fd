using System.Security.Cryptography;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class ClientCertificateHashTests : IDisposable
{
    private readonly string _keyPath = Path.Combine(Path.GetTempPath(), $"esia-dev-{Guid.NewGuid():N}.pem");

    [Fact]
    public void The_demo_sends_the_64_hex_digit_hash_of_its_development_certificate_not_a_placeholder()
    {
        using var signer = RsaDevelopmentSigner.FromFile(_keyPath);

        var sent = EsiaClientCertificateHash.Resolve(new EsiaOptions { Mode = EsiaMode.Emulator, ClientCertificateHash = "" }, signer).Value;

        Assert.Matches("^[0-9A-F]{64}$", sent);
        using var certificate = signer.Certificate();
        Assert.Equal(Convert.ToHexString(SHA256.HashData(certificate.RawData)), sent);
        Assert.Equal(RsaDevelopmentSigner.CertificateSubject, certificate.Subject);
    }

    [Fact]
    public void The_same_key_file_gives_the_same_certificate_so_portal_and_emulator_agree()
    {
        using (RsaDevelopmentSigner.FromFile(_keyPath))
        {
        }
        using var portal = RsaDevelopmentSigner.FromFile(_keyPath);
        using var emulator = RsaDevelopmentSigner.FromFile(_keyPath);
        using var other = RsaDevelopmentSigner.FromFile(_keyPath + ".other.pem");

        Assert.Equal(portal.CertificateHash, emulator.CertificateHash);
        Assert.NotEqual(portal.CertificateHash, other.CertificateHash);
        File.Delete(_keyPath + ".other.pem");
    }

    [Fact]
    public void A_configured_hash_is_sent_as_is_and_only_the_development_signer_can_compute_one()
    {
        using var signer = RsaDevelopmentSigner.FromFile(_keyPath);
        var command = new CommandSigner("cryptcp", "", TimeSpan.FromSeconds(1));

        Assert.Equal("AB12", EsiaClientCertificateHash.Resolve(new EsiaOptions { ClientCertificateHash = "AB12" }, command).Value);
        Assert.Equal(signer.CertificateHash, EsiaClientCertificateHash.Resolve(new EsiaOptions { ClientCertificateHash = "auto" }, signer).Value);
        var refused = Assert.Throws<InvalidOperationException>(() => EsiaClientCertificateHash.Resolve(new EsiaOptions(), command));
        Assert.Contains("Esia:ClientCertificateHash", refused.Message);
    }

    public void Dispose() => File.Delete(_keyPath);
}
