using SchoolPortal.Domain.MilitaryRegistration;

namespace SchoolPortal.Integrations.GirVu;

/// <summary>A document in the package: series and number as stored, the issue date (yyyy-MM-dd) and the issuer.</summary>
public sealed record GirVuDocumentRecord(string? Series, string? Number, DateOnly? IssuedOn, string? IssuedBy)
{
    public static GirVuDocumentRecord? From(GirVuDocument? document) =>
        document is null ? null : new(document.Series, document.Number, document.IssuedOn, document.IssuedBy);
}
