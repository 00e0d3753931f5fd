using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The emulator's signing key and its self-signed certificate, made on first use. Two processes may start at once (the
/// portal and a test host): each file is written to a temporary file and moved into place without overwriting, so the
/// first key to land wins, the other process reads it, and a certificate is only ever kept for the key beside it.
/// </summary>
public static class EsiaEmulatorCertificate
{
    public const string SubjectName = "CN=ESIA emulator (SchoolPortal local test stand-in), O=SchoolPortal";

    public static EsiaEmulatorKeyFiles Ensure(string contentRoot, EsiaEmulatorOptions options)
    {
        var files = new EsiaEmulatorKeyFiles(
            Path.GetFullPath(Path.Combine(contentRoot, options.CertificatePath)),
            Path.GetFullPath(Path.Combine(contentRoot, options.KeyPath)));
        using var key = EnsureKey(files.KeyPath);
        EnsureCertificate(files.CertificatePath, key);
        return files;
    }

    private static RSA EnsureKey(string path)
    {
        if (!File.Exists(path))
        {
            using var fresh = RSA.Create(2048);
            PlaceIfAbsent(path, fresh.ExportRSAPrivateKeyPem(), overwrite: false);
        }
        var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    private static void EnsureCertificate(string path, RSA key)
    {
        if (File.Exists(path) && IsFor(File.ReadAllText(path), key))
            return;
        var request = new CertificateRequest(SubjectName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        // Fixed and wide: the portal's clock may be pinned to another day (Clock:Today), and a test stand-in must not expire.
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero));
        // A certificate left over from an older key is replaced; one made by a racing process for this key stays.
        PlaceIfAbsent(path, certificate.ExportCertificatePem(), overwrite: File.Exists(path));
    }

    private static bool IsFor(string certificatePem, RSA key)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(certificatePem);
            using var publicKey = certificate.GetRSAPublicKey();
            return publicKey is not null
                && publicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo());
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static void PlaceIfAbsent(string path, string content, bool overwrite)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, content);
        try
        {
            File.Move(temp, path, overwrite);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process placed its file first: keep that one.
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
