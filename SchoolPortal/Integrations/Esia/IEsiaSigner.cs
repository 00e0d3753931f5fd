namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// Signs what ESIA asks the portal to sign (the client_secret). ESIA requires GOST R 34.10-2012, which .NET does not
/// implement: production uses an external tool or signing service (<see cref="CommandSigner"/>, <see cref="HttpSigner"/>);
/// development and the ESIA emulator use RSA (<see cref="RsaDevelopmentSigner"/>).
/// </summary>
public interface IEsiaSigner
{
    Task<byte[]> SignAsync(byte[] data, CancellationToken ct = default);
}
