using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// The development signer: RSA-SHA256 (PKCS#1 v1.5) with a key kept in a PEM file, created on first use. The ESIA emulator
/// checks signatures with its public half; the real ESIA would refuse it (it wants GOST).
/// </summary>
public sealed class RsaDevelopmentSigner : IEsiaSigner, IDisposable
{
    private readonly RSA _key;

    public RsaDevelopmentSigner(RSA key) => _key = key;

    /// <summary>
    /// Loads the key from <paramref name="pemPath"/>, or makes a 2048-bit one and saves it there. Two nodes on one folder may
    /// make one at the same moment: the key is written to a temporary file and moved into place without overwriting, and
    /// both read the file back, so they sign with the one key the emulator reads.
    /// </summary>
    public static RsaDevelopmentSigner FromFile(string pemPath)
    {
        if (!File.Exists(pemPath))
        {
            using var fresh = RSA.Create(2048);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pemPath))!);
            var temp = $"{pemPath}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temp, fresh.ExportRSAPrivateKeyPem());
            try
            {
                File.Move(temp, pemPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(pemPath))
            {
                // Another process placed its key first: that one is the key.
            }
            finally
            {
                File.Delete(temp);
            }
        }
        var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(pemPath));
        return new RsaDevelopmentSigner(key);
    }

    public const string CertificateSubject = "CN=SchoolPortal development signer (not for the real ESIA), O=SchoolPortal";

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>
    /// The portal's development certificate: self-signed over the key, with a serial taken from the key and fixed dates, so the
    /// same key always gives the same certificate, byte for byte (RSA PKCS#1 v1.5 signatures are deterministic): the portal
    /// and the ESIA emulator, reading the same key file, agree on it without exchanging it.
    /// </summary>
    public X509Certificate2 Certificate()
    {
        var request = new CertificateRequest(CertificateSubject, _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var serial = SHA256.HashData(_key.ExportSubjectPublicKeyInfo())[..8];
        serial[0] &= 0x7F;
        return request.Create(request.SubjectName, X509SignatureGenerator.CreateForRSA(_key, RSASignaturePadding.Pkcs1),
            new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero), serial);
    }

    /// <summary>
    /// ESIA's <c>client_certificate_hash</c> of <see cref="Certificate"/>: the certificate's hash in hex, 64 digits. The real
    /// ESIA hashes the registered GOST certificate with GOST R 34.11-2012 (256 bits) and its value goes into the settings;
    /// the development certificate is RSA, so SHA-256 stands in, with the same length and form.
    /// </summary>
    public string CertificateHash
    {
        get
        {
            using var certificate = Certificate();
            return Convert.ToHexString(SHA256.HashData(certificate.RawData));
        }
    }

    public Task<byte[]> SignAsync(byte[] data, CancellationToken ct = default) =>
        Task.FromResult(_key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    /// <summary>Checks a signature against a public key in PEM form (what the emulator does with a request's client_secret).</summary>
    public static bool Verify(string publicKeyPem, byte[] data, byte[] signature)
    {
        using var key = RSA.Create();
        key.ImportFromPem(publicKeyPem);
        return key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    public void Dispose() => _key.Dispose();
}
