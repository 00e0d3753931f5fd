using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace SchoolPortal.Integrations.Esia;

/// <summary>Reads ESIA's certificate (PEM or DER) into the key id_tokens are checked against.</summary>
public static class EsiaCertificate
{
    public static SecurityKey Load(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"Сертификат ЕСИА не найден: {path} (Esia:CertificatePath).");
        var text = File.ReadAllText(path);
        if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            return new X509SecurityKey(X509Certificate2.CreateFromPem(text));
        if (text.Contains("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(text);
            return new RsaSecurityKey(rsa);
        }
        return new X509SecurityKey(X509CertificateLoader.LoadCertificate(File.ReadAllBytes(path)));
    }
}
