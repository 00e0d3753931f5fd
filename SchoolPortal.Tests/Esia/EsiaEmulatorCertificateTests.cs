using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SchoolPortal.Integrations.EsiaEmulator;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaEmulatorCertificateTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"esia-cert-{Guid.NewGuid():N}");

    [Fact]
    public async Task Processes_starting_at_once_end_with_one_key_and_a_certificate_for_it()
    {
        var options = new EsiaEmulatorOptions();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => EsiaEmulatorCertificate.Ensure(_root, options))));

        var files = Assert.Single(results.Distinct());
        Assert.Equal(Path.Combine(_root, "App_Data", "esia-emulator.crt"), files.CertificatePath);
        var key = File.ReadAllText(files.KeyPath);
        var certificate = File.ReadAllText(files.CertificatePath);
        Assert.True(CertificateIsFor(certificate, key));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(files.KeyPath)!, "*.tmp"));

        EsiaEmulatorCertificate.Ensure(_root, options);
        Assert.Equal(key, File.ReadAllText(files.KeyPath));
        Assert.Equal(certificate, File.ReadAllText(files.CertificatePath));
    }

    [Fact]
    public void A_certificate_left_from_another_key_is_replaced()
    {
        var options = new EsiaEmulatorOptions();
        var files = EsiaEmulatorCertificate.Ensure(_root, options);
        using (var other = RSA.Create(2048))
            File.WriteAllText(files.KeyPath, other.ExportRSAPrivateKeyPem());

        EsiaEmulatorCertificate.Ensure(_root, options);

        Assert.True(CertificateIsFor(File.ReadAllText(files.CertificatePath), File.ReadAllText(files.KeyPath)));
    }

    private static bool CertificateIsFor(string certificatePem, string keyPem)
    {
        using var certificate = X509Certificate2.CreateFromPem(certificatePem);
        using var key = RSA.Create();
        key.ImportFromPem(keyPem);
        using var publicKey = certificate.GetRSAPublicKey()!;
        return publicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo())
            && certificate.Subject.Contains("ESIA emulator", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
