using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SchoolPortal.Infrastructure.Security;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// The stable key of an exported record: «У-12-3456-9F3A0C21B7» is pupil 3456 of school 12, signed with the portal's
/// secret. The signature makes a typed or copied key useless and proves which school exported the file, so a file of
/// another school is refused on upload.
/// </summary>
public sealed class RecordKeys(byte[] secret)
{
    public const string SecretSetting = "BatchUpdate:KeySecret";
    private const int MacBytes = 5;

    public string Pupil(int schoolId, int pupilId) => Make(RecordKind.Pupil, schoolId, pupilId);

    public string Parent(int schoolId, int parentId) => Make(RecordKind.Parent, schoolId, parentId);

    /// <summary>The key, or null when it is not one of ours (wrong shape or a signature that does not match).</summary>
    public RecordKey? Read(string? text, RecordKind expected)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parts = text.Trim().Split('-');
        if (parts.Length != 4 || parts[0] != Prefix(expected)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var school)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        var expectedMac = Mac(expected, school, id);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[3].ToUpperInvariant()), Encoding.ASCII.GetBytes(expectedMac))
            ? new RecordKey(expected, school, id)
            : null;
    }

    /// <summary>
    /// The secret from the setting (base64, at least 32 bytes), else the one kept in the database for every node
    /// (<see cref="PortalSecretStore"/>): keys must stay valid across restarts and nodes, or a file exported on one node would
    /// be refused on another. The first node makes it from the secret file an older portal kept in App_Data under the content
    /// root, when there is one (files exported before stay valid), else at random.
    /// </summary>
    public static RecordKeys FromSettings(string? configured, string contentRoot, PortalSecretStore secrets)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return new RecordKeys(Convert.FromBase64String(configured));
        var path = Path.Combine(contentRoot, "App_Data", "batch-update-key.bin");
        return new RecordKeys(secrets.GetOrCreate(SecretSetting, () => File.Exists(path) ? File.ReadAllBytes(path) : RandomNumberGenerator.GetBytes(32)));
    }

    private string Make(RecordKind kind, int schoolId, int id) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}-{schoolId}-{id}-{Mac(kind, schoolId, id)}");

    private static string Prefix(RecordKind kind) => kind == RecordKind.Pupil ? "У" : "Р";

    private string Mac(RecordKind kind, int schoolId, int id)
    {
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}|{schoolId}|{id}")));
        return Convert.ToHexString(hash, 0, MacBytes);
    }
}
