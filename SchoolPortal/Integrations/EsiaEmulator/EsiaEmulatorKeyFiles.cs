namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>The full paths of the emulator's certificate and private key, both PEM.</summary>
public sealed record EsiaEmulatorKeyFiles(string CertificatePath, string KeyPath);
