using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// Writes the EPGU enrollment messages: camelCase names in the records' declaration order, dates yyyy-MM-dd, times ISO 8601
/// with the offset, Cyrillic as is, absent values left out, UTF-8 without BOM. <see cref="EpguEnrollmentReader"/> reads them.
/// </summary>
public static class EpguEnrollmentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Application(EpguApplicationMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, Options);

    public static byte[] CampApplication(EpguCampApplicationMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, Options);

    public static byte[] Status(EpguStatusReport message) => JsonSerializer.SerializeToUtf8Bytes(message, Options);
}
