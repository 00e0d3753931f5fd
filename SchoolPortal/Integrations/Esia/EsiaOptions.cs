namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// The «Esia» settings. Switching from the emulator to the real ESIA is these settings only: Mode, BaseUrl, Issuer,
/// ClientId, CertificatePath, ClientCertificateHash and the signer (Esia:Signer).
/// </summary>
public sealed class EsiaOptions
{
    public const string Section = "Esia";

    public static readonly string[] DefaultScopes =
    [
        "openid", "fullname", "birthdate", "gender", "snils", "id_doc", "birth_cert_doc",
        "kid_fullname", "kid_birthdate", "kid_snils", "kid_birth_cert_doc",
    ];

    public EsiaMode Mode { get; set; } = EsiaMode.Off;

    /// <summary>ESIA's address, e.g. https://esia.gosuslugi.ru (test: https://esia-portal1.test.gosuslugi.ru). In emulator mode
    /// it may stay empty: the portal then calls itself.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The «iss» of ESIA's id_token.</summary>
    public string Issuer { get; set; } = "http://esia.gosuslugi.ru/";

    /// <summary>The portal's mnemonic registered in ESIA.</summary>
    public string ClientId { get; set; } = "SCHOOLPORTAL";

    /// <summary>ESIA's certificate (PEM or DER) that id_tokens are checked against; relative to the content root. In emulator
    /// mode the emulator's certificate is used when this is empty.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>
    /// The hash of the portal's certificate as ESIA registered it (the «client_certificate_hash» parameter, hex). Empty or
    /// <see cref="AutomaticHash"/>: computed from the development certificate (development signer only).
    /// </summary>
    public string? ClientCertificateHash { get; set; }

    public const string AutomaticHash = "auto";

    public string CallbackPath { get; set; } = "/signin-esia";

    public string[] Scopes { get; set; } = DefaultScopes;

    public int TimeoutSeconds { get; set; } = 30;

    public string Scope => string.Join(' ', Scopes);

    /// <summary>No hash set: the development certificate's is computed (<see cref="EsiaClientCertificateHash"/>).</summary>
    public bool HashIsAutomatic =>
        string.IsNullOrWhiteSpace(ClientCertificateHash) || ClientCertificateHash.Trim().Equals(AutomaticHash, StringComparison.OrdinalIgnoreCase);

    /// <summary>The settings that are missing for the mode, in Russian; empty when the portal can start.</summary>
    public IReadOnlyList<string> Problems(EsiaSignerKind signer)
    {
        var problems = new List<string>();
        if (Mode == EsiaMode.Off)
            return problems;
        if (string.IsNullOrWhiteSpace(ClientId))
            problems.Add("не указана мнемоника портала (Esia:ClientId)");
        if (string.IsNullOrWhiteSpace(Issuer))
            problems.Add("не указан издатель маркеров ЕСИА (Esia:Issuer)");
        if (Scopes.Length == 0 || !Scopes.Contains("openid"))
            problems.Add("в Esia:Scopes нет openid");
        if (Mode == EsiaMode.Esia)
        {
            if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
                problems.Add("не указан https-адрес ЕСИА (Esia:BaseUrl)");
            if (string.IsNullOrWhiteSpace(CertificatePath))
                problems.Add("не указан сертификат ЕСИА для проверки маркеров (Esia:CertificatePath)");
            if (HashIsAutomatic)
                problems.Add("не указан хэш сертификата портала (Esia:ClientCertificateHash)");
            if (signer == EsiaSignerKind.Development)
                problems.Add("настоящая ЕСИА принимает только подпись ГОСТ: укажите Esia:Signer:Kind = Command или Http");
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(BaseUrl) && !Uri.TryCreate(BaseUrl, UriKind.Absolute, out _))
                problems.Add("Esia:BaseUrl должен быть полным адресом или пустым");
            if (HashIsAutomatic && signer != EsiaSignerKind.Development)
                problems.Add("хэш сертификата портала вычисляется только для подписи разработки: укажите Esia:ClientCertificateHash");
        }
        return problems;
    }
}
