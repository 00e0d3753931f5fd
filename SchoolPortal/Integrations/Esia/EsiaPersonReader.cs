using System.Globalization;
using System.Text.Json;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// Reads the answers of ESIA's REST API into an <see cref="EsiaPerson"/>: <c>/rs/prns/{oid}</c> (lastName, firstName,
/// middleName, birthDate dd.MM.yyyy, trusted, snils), <c>/rs/prns/{oid}/docs?embed=(elements)</c> and
/// <c>/rs/prns/{oid}/kids?embed=(elements.documents)</c>. A document the portal cannot read (a type it does not keep, a
/// malformed series) is left out rather than failing the sign-in: it simply cannot match.
/// </summary>
public static class EsiaPersonReader
{
    public static EsiaPerson Read(string oid, JsonElement person, JsonElement docs, JsonElement kids) =>
        new(oid, Name(person), Date(person, "birthDate"), SnilsOf(person), person.TryGetProperty("trusted", out var t) && t.ValueKind == JsonValueKind.True,
            Documents(docs), Elements(kids).Select(Kid).ToList());

    private static EsiaKid Kid(JsonElement kid)
    {
        var documents = kid.TryGetProperty("documents", out var d) ? d : default;
        var verified = Elements(documents).All(e => Text(e, "vrfStu") is null or "VERIFIED");
        return new(Text(kid, "id") ?? "", Name(kid), Date(kid, "birthDate"), SnilsOf(kid), Documents(documents), verified);
    }

    private static PersonName Name(JsonElement e)
    {
        var middle = Text(e, "middleName");
        return PersonName.Create(Text(e, "lastName"), Text(e, "firstName"), middle, noPatronymic: string.IsNullOrWhiteSpace(middle));
    }

    private static DateOnly Date(JsonElement e, string name) =>
        DateOnly.TryParseExact(Text(e, name), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new EsiaDataException($"ЕСИА не передала дату рождения в формате дд.мм.гггг (поле {name}).");

    private static Snils? SnilsOf(JsonElement e)
    {
        var text = Text(e, "snils");
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return Snils.TryParse(text, out var snils) ? snils : Snils.Restore(text);
    }

    private static List<IdentityDocument> Documents(JsonElement docs)
    {
        var list = new List<IdentityDocument>();
        foreach (var d in Elements(docs))
        {
            var kind = Text(d, "type") switch
            {
                "RF_PASSPORT" => DocumentKind.RfPassport,
                "RF_BRTH_CERT" => DocumentKind.RfBirthCertificate,
                "FID_DOC" or "FID_BRTH_CERT" => DocumentKind.Foreign,
                _ => (DocumentKind?)null,
            };
            if (kind is null)
                continue;
            try
            {
                DateOnly? issued = DateOnly.TryParseExact(Text(d, "issueDate"), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
                    ? on
                    : null;
                list.Add(IdentityDocument.Create(kind.Value, Text(d, "series"), Text(d, "number"), issued, Text(d, "issuedBy")));
            }
            catch (DomainException)
            {
                // Unreadable: it cannot match, and the linking page lists the document field as not matching.
            }
        }
        return list;
    }

    /// <summary>ESIA collections come as {"elements": [...]}; an absent or empty answer is an empty list.</summary>
    private static IEnumerable<JsonElement> Elements(JsonElement collection) =>
        collection.ValueKind == JsonValueKind.Object && collection.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array
            ? elements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;
}
