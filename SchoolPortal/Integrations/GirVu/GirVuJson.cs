using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// The JSON of the ГИР ВУ files: camelCase names in the records' declaration order, dates as yyyy-MM-dd, Cyrillic as is,
/// UTF-8 without BOM. A pupil's fingerprint is the SHA-256 of the record's canonical form (no indentation).
/// </summary>
public static class GirVuJson
{
    private static readonly JsonSerializerOptions Indented = Options(indented: true);
    private static readonly JsonSerializerOptions Canonical = Options(indented: false);

    public static byte[] Package(GirVuPackage package) => JsonSerializer.SerializeToUtf8Bytes(package, Indented);

    public static byte[] Response(GirVuResponse response) => JsonSerializer.SerializeToUtf8Bytes(response, Indented);

    /// <summary>SHA-256 of exactly what is sent for the pupil, 64 lowercase hex digits.</summary>
    public static string Fingerprint(GirVuPupilRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, Canonical)));

    public static string Errors(IEnumerable<Domain.MilitaryRegistration.GirVuError> errors) => JsonSerializer.Serialize(errors, Canonical);

    /// <summary>The errors stored with a submission; an unreadable value gives one error that says so rather than failing the report.</summary>
    public static IReadOnlyList<Domain.MilitaryRegistration.GirVuError> ReadErrors(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];
        try
        {
            return JsonSerializer.Deserialize<List<Domain.MilitaryRegistration.GirVuError>>(json, Canonical) ?? [];
        }
        catch (JsonException)
        {
            return [new("UNREADABLE", "", "Ошибки записаны в нечитаемом виде.")];
        }
    }

    /// <exception cref="GirVuFormatException">Not a package of a version this portal reads (the message is Russian).</exception>
    public static GirVuPackage ReadPackage(ReadOnlySpan<byte> json)
    {
        var package = Read<GirVuPackage>(json, "пакет");
        Expect(package.Format, GirVuFormat.Package, package.Version);
        if (package.School is null || package.Pupils is null)
            throw new GirVuFormatException("В пакете нет сведений о школе или списка учеников.");
        return package;
    }

    /// <exception cref="GirVuFormatException">Not a response of a version this portal reads (the message is Russian).</exception>
    public static GirVuResponse ReadResponse(ReadOnlySpan<byte> json)
    {
        var response = Read<GirVuResponse>(json, "ответ");
        Expect(response.Format, GirVuFormat.Response, response.Version);
        if (response.PackageId == Guid.Empty)
            throw new GirVuFormatException("В ответе не указан packageId.");
        if (response.Status is not (GirVuFormat.Processed or GirVuFormat.Refused))
            throw new GirVuFormatException($"Неизвестный статус ответа «{response.Status}»: ожидается processed или refused.");
        if (response.Results is null || response.Results.Any(r => r is null || r.Status is not (GirVuFormat.Accepted or GirVuFormat.Rejected)))
            throw new GirVuFormatException("В ответе нет списка results или у записи статус не accepted/rejected.");
        return response;
    }

    private static T Read<T>(ReadOnlySpan<byte> json, string what) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Indented) ?? throw new GirVuFormatException($"Файл пуст: это не {what} ГИР ВУ.");
        }
        catch (JsonException e)
        {
            throw new GirVuFormatException($"Файл не читается как {what} ГИР ВУ (JSON): {e.Message}");
        }
    }

    private static void Expect(string? format, string expected, string? version)
    {
        if (format != expected)
            throw new GirVuFormatException($"Поле format = «{format}», ожидается «{expected}».");
        if (version != GirVuFormat.Version)
            throw new GirVuFormatException($"Версия формата «{version}» не поддерживается: портал читает версию {GirVuFormat.Version}.");
    }

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
