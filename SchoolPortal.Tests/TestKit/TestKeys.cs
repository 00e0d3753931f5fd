using System.Security.Cryptography;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;

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

    /// <summary>
    /// The settings that keep a portal process's ESIA keys and the emulator's certificate in <paramref name="folder"/> (each
    /// test portal has its own: on a clean clone portals starting at once would otherwise make the shared App_Data files
    /// together). The keys are there already after <see cref="PlaceIn"/>; without it the portal makes them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(string folder) => new Dictionary<string, string>
    {
        ["Esia__Emulator__CertificatePath"] = Path.Combine(folder, "esia-emulator.crt"),
        ["Esia__Emulator__KeyPath"] = EmulatorKeyIn(folder),
        ["Esia__Signer__DevelopmentKeyPath"] = DevelopmentKeyIn(folder),
    };

    /// <summary>Writes both keys into <paramref name="folder"/>, where <see cref="SettingsFor"/> points a portal.</summary>
    public static void PlaceIn(string folder)
    {
        Write(DevelopmentKeyIn(folder), DevelopmentKey.Value);
        Write(EmulatorKeyIn(folder), EmulatorKey.Value);
    }

    /// <summary>Writes both keys under an in-process host's content root, where the default settings look for them.</summary>
    public static void PlaceUnder(string contentRoot)
    {
        Write(Path.Combine(contentRoot, new EsiaSignerOptions().DevelopmentKeyPath), DevelopmentKey.Value);
        Write(Path.Combine(contentRoot, new EsiaEmulatorOptions().KeyPath), EmulatorKey.Value);
    }

    private static string DevelopmentKeyIn(string folder) => Path.Combine(folder, "esia-development-key.pem");

    private static string EmulatorKeyIn(string folder) => Path.Combine(folder, "esia-emulator-key.pem");

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
