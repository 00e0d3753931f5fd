using System.Security.Cryptography;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// The development signer: RSA-SHA256 (PKCS#1 v1.5) with a key kept in a PEM file, created on first use. The ESIA emulator
/// checks signatures with its public half; the real ESIA would refuse it (it wants GOST).
/// </summary>
public sealed class RsaDevelopmentSigner : IEsiaSigner, IDisposable
{
    private readonly RSA _key;

    public RsaDevelopmentSigner(RSA key) => _key = key;

    /// <summary>Loads the key from <paramref name="pemPath"/>, or makes a 2048-bit one and saves it there.</summary>
    public static RsaDevelopmentSigner FromFile(string pemPath)
    {
        var key = RSA.Create();
        if (File.Exists(pemPath))
        {
            key.ImportFromPem(File.ReadAllText(pemPath));
        }
        else
        {
            key.KeySize = 2048;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pemPath))!);
            File.WriteAllText(pemPath, key.ExportRSAPrivateKeyPem());
        }
        return new RsaDevelopmentSigner(key);
    }

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

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
