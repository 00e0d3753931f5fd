using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// The JSON of the EPGU messages: camelCase names in the records' declaration order, dates as yyyy-MM-dd, Cyrillic written
/// as is. The canonical form (no indentation) of the <see cref="EpguSnapshot"/> is what the SHA-256 hash covers.
/// </summary>
public static class EpguJson
{
    public static readonly JsonSerializerOptions Indented = Options(indented: true);

    private static readonly JsonSerializerOptions Canonical = Options(indented: false);

    public static byte[] Message(EpguMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, Indented);

    public static EpguMessage? ReadMessage(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<EpguMessage>(json, Indented);

    /// <summary>SHA-256 of the snapshot's canonical JSON, 64 lowercase hex digits.</summary>
    public static string Hash(EpguSnapshot snapshot) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(snapshot, Canonical)));

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        // Russian text stays readable in the files (and the same in the hash); JSON escaping of quotes and controls still applies.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
