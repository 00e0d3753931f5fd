namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// The <c>client_certificate_hash</c> the portal sends with every authorization and token request: <c>Esia:ClientCertificateHash</c>
/// when it is set (the real ESIA: the hash of the registered certificate, as ESIA's utility computes it), else, with the
/// development signer, the hash of the development certificate (<see cref="RsaDevelopmentSigner.CertificateHash"/>).
/// </summary>
public sealed record EsiaClientCertificateHash(string Value)
{
    public static EsiaClientCertificateHash Resolve(EsiaOptions options, IEsiaSigner signer)
    {
        if (!options.HashIsAutomatic)
            return new EsiaClientCertificateHash(options.ClientCertificateHash!.Trim());
        if (signer is RsaDevelopmentSigner development)
            return new EsiaClientCertificateHash(development.CertificateHash);
        throw new InvalidOperationException(
            "Не указан хэш сертификата портала (Esia:ClientCertificateHash): вычислить его можно только для подписи разработки (Esia:Signer:Kind = Development).");
    }
}
