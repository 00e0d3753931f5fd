namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// The resource's answer to one package (format <see cref="GirVuFormat.Response"/>): either <see cref="GirVuFormat.Processed"/>
/// with a result per record, or <see cref="GirVuFormat.Refused"/> with the reason the whole package was not taken.
/// </summary>
public sealed record GirVuResponse(
    string Format,
    string Version,
    Guid PackageId,
    DateTimeOffset ReceivedAt,
    string Status,
    string? Error,
    IReadOnlyList<GirVuResult> Results);
