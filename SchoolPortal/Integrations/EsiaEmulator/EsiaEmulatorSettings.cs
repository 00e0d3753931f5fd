using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// What the emulator needs to know about the one client it serves (the portal): its client id, the public half of its
/// development signing key (to check client_secret) and of its development certificate (client_certificate_hash), the issuer name it puts into tokens, plus its own options.
/// </summary>
public sealed class EsiaEmulatorSettings
{
    public const string DefaultClientId = "SCHOOLPORTAL";
    public const string DefaultIssuer = "http://esia.gosuslugi.ru/";

    private readonly Lazy<(string PublicKeyPem, string CertificateHash)> _client;
    private readonly Lazy<EsiaEmulatorKeyFiles> _keyFiles;

    public EsiaEmulatorSettings(string clientId, string issuer, EsiaEmulatorOptions options, string contentRoot, string clientKeyPath)
    {
        ClientId = clientId;
        Issuer = issuer;
        Options = options;
        ClientKeyPath = Path.GetFullPath(Path.Combine(contentRoot, clientKeyPath));
        // Read on first use, not at start: the portal's signer creates the key file the first time it signs.
        _client = new Lazy<(string, string)>(() =>
        {
            using var signer = RsaDevelopmentSigner.FromFile(ClientKeyPath);
            return (signer.PublicKeyPem, signer.CertificateHash);
        }, LazyThreadSafetyMode.PublicationOnly);
        _keyFiles = new Lazy<EsiaEmulatorKeyFiles>(() => EsiaEmulatorCertificate.Ensure(contentRoot, options), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Reads «Esia:ClientId», «Esia:Issuer», «Esia:Signer:DevelopmentKeyPath» and the «Esia:Emulator» section.</summary>
    public static EsiaEmulatorSettings From(IConfiguration configuration, string contentRoot)
    {
        // Read before the container is built: the stand-in's endpoints and certificate are registered from it.
        var options = configuration.GetSection(EsiaEmulatorOptions.Section).Get<EsiaEmulatorOptions>() ?? new EsiaEmulatorOptions();
        var clientId = configuration["Esia:ClientId"];
        var issuer = configuration["Esia:Issuer"];
        var keyPath = configuration["Esia:Signer:DevelopmentKeyPath"];
        return new EsiaEmulatorSettings(
            string.IsNullOrWhiteSpace(clientId) ? DefaultClientId : clientId.Trim(),
            string.IsNullOrWhiteSpace(issuer) ? DefaultIssuer : issuer.Trim(),
            options,
            contentRoot,
            string.IsNullOrWhiteSpace(keyPath) ? new EsiaSignerOptions().DevelopmentKeyPath : keyPath.Trim());
    }

    public string ClientId { get; }
    public string Issuer { get; }
    public EsiaEmulatorOptions Options { get; }
    public string ClientKeyPath { get; }

    public string ClientPublicKeyPem => _client.Value.PublicKeyPem;

    /// <summary>The hash of the portal's certificate as registered here: its development certificate's (hex, 64 digits).</summary>
    public string ClientCertificateHash => _client.Value.CertificateHash;

    /// <summary>The request's client_certificate_hash is the registered certificate's (hex, either case).</summary>
    public bool IsClientCertificate(string? hash) => string.Equals(hash?.Trim(), ClientCertificateHash, StringComparison.OrdinalIgnoreCase);

    /// <summary>The emulator's certificate and key, created on first use.</summary>
    public EsiaEmulatorKeyFiles KeyFiles => _keyFiles.Value;

    public TimeSpan TimestampSkew => TimeSpan.FromMinutes(Math.Max(0, Options.TimestampSkewMinutes));
    public TimeSpan CodeLifetime => TimeSpan.FromSeconds(Math.Max(1, Options.CodeLifetimeSeconds));
    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(Math.Max(1, Options.TokenLifetimeMinutes));
}
