using System.Security.Cryptography;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// The ESIA keys of the test hosts and portals (the portal's development signing key and the emulator's key), each made once
/// per test run and written into a host's folder before it starts. A host left to itself makes two 2048-bit RSA keys, about
/// a quarter of a second of CPU each: with a host per test case that was a twentieth of the test run. The tests of making
/// keys (<c>EsiaEmulatorCertificateTests</c>, <c>DevelopmentKeyRaceTests</c>, <c>EsiaSignersTests</c>) use folders of
/// their own and still make them.
/// </summary>
public static class TestKeys
{
    private static readonly Lazy<string> DevelopmentKey = new(NewKeyPem);
    private static readonly Lazy<string> EmulatorKey = new(NewKeyPem);

    /// <summary>Writes both keys under a content root, where the default settings look for them (App_Data/…).</summary>
    public static void PlaceUnder(string contentRoot) => Place(
        developmentKeyPath: Path.Combine(contentRoot, "App_Data", "esia-development-key.pem"),
        emulatorKeyPath: Path.Combine(contentRoot, "App_Data", "esia-emulator-key.pem"));

    /// <summary>Writes both keys to the paths a portal is given (Esia:Signer:DevelopmentKeyPath, Esia:Emulator:KeyPath).</summary>
    public static void Place(string developmentKeyPath, string emulatorKeyPath)
    {
        Write(developmentKeyPath, DevelopmentKey.Value);
        Write(emulatorKeyPath, EmulatorKey.Value);
    }

    private static void Write(string path, string pem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, pem);
    }

    private static string NewKeyPem()
    {
        using var key = RSA.Create(2048);
        return key.ExportRSAPrivateKeyPem();
    }
}
