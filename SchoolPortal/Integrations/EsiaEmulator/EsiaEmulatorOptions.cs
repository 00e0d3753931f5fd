namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The «Esia:Emulator» settings: where the emulator keeps its signing key and certificate (relative paths are under the
/// content root) and how strict it is about time, like the real ESIA.
/// </summary>
public sealed class EsiaEmulatorOptions
{
    public const string Section = "Esia:Emulator";

    /// <summary>The self-signed certificate the portal validates id_tokens with, exactly as it would the real ESIA's.</summary>
    public string CertificatePath { get; set; } = "App_Data/esia-emulator.crt";

    /// <summary>The emulator's RSA 2048 private key (PEM); never leaves the machine.</summary>
    public string KeyPath { get; set; } = "App_Data/esia-emulator-key.pem";

    /// <summary>How far a request's timestamp may be from the emulator's clock before ESIA-007015.</summary>
    public int TimestampSkewMinutes { get; set; } = 5;

    public int CodeLifetimeSeconds { get; set; } = 120;

    public int TokenLifetimeMinutes { get; set; } = 60;
}
