using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// ESIA's REST answers for an emulated person, in the shape <see cref="Esia.EsiaPersonReader"/> reads: the person,
/// collections as <c>{"stateFacts":["hasSize"],"size":n,"elements":[...]}</c> whose elements are links unless embedded,
/// documents with ESIA's type codes and verification status.
/// </summary>
public static class EsiaEmulatorJson
{
    public static JsonObject Person(EmulatorPerson person)
    {
        var json = Entity(person.Oid);
        json["firstName"] = person.Name.FirstName;
        json["lastName"] = person.Name.Surname;
        if (person.Name.Patronymic is { } middle)
            json["middleName"] = middle;
        json["birthDate"] = Date(person.BirthDate);
        if (person.Gender is { } gender)
            json["gender"] = GenderCode(gender);
        json["trusted"] = person.IsTrusted;
        if (person.Snils is { } snils)
            json["snils"] = snils.Formatted;
        return json;
    }

    public static JsonObject Document(EmulatorDocument document, bool verified)
    {
        var d = document.Document;
        var json = Entity(document.Id.ToString(CultureInfo.InvariantCulture));
        json["id"] = document.Id;
        json["type"] = d.Kind switch
        {
            DocumentKind.RfPassport => "RF_PASSPORT",
            DocumentKind.RfBirthCertificate => "RF_BRTH_CERT",
            _ => "FID_DOC",
        };
        json["vrfStu"] = verified ? "VERIFIED" : "NOT_VERIFIED";
        if (d.Series is { } series)
            json["series"] = series;
        json["number"] = d.Number;
        if (d.IssuedOn is { } issued)
            json["issueDate"] = Date(issued);
        if (d.IssuedBy is { } by)
            json["issuedBy"] = by;
        return json;
    }

    public static JsonObject Kid(EmulatorKid kid, bool withDocuments, bool verified, string kidUrl)
    {
        var json = Entity(kid.Id);
        json["id"] = long.Parse(kid.Id, CultureInfo.InvariantCulture);
        json["firstName"] = kid.Name.FirstName;
        json["lastName"] = kid.Name.Surname;
        if (kid.Name.Patronymic is { } middle)
            json["middleName"] = middle;
        json["birthDate"] = Date(kid.BirthDate);
        json["gender"] = GenderCode(kid.Gender);
        if (kid.Snils is { } snils)
            json["snils"] = snils.Formatted;
        if (withDocuments)
            json["documents"] = Documents(kid.Documents, embed: true, verified, kidUrl + "/docs");
        return json;
    }

    public static JsonObject Documents(IReadOnlyList<EmulatorDocument> documents, bool embed, bool verified, string collectionUrl) =>
        Collection(documents.Select(d => embed
            ? (JsonNode)Document(d, verified)
            : JsonValue.Create($"{collectionUrl}/{d.Id.ToString(CultureInfo.InvariantCulture)}")));

    public static JsonObject Kids(IReadOnlyList<EmulatorKid> kids, bool embed, bool withDocuments, bool verified, string collectionUrl) =>
        Collection(kids.Select(k => embed
            ? (JsonNode)Kid(k, withDocuments, verified, $"{collectionUrl}/{k.Id}")
            : JsonValue.Create($"{collectionUrl}/{k.Id}")));

    /// <summary>An ESIA error body for the REST API (401, 403, 404).</summary>
    public static JsonObject Error(string code, string message) => new() { ["code"] = code, ["message"] = message };

    private static JsonObject Collection(IEnumerable<JsonNode> elements)
    {
        var array = new JsonArray(elements.ToArray());
        return new JsonObject { ["stateFacts"] = new JsonArray("hasSize"), ["size"] = array.Count, ["elements"] = array };
    }

    /// <summary>stateFacts and an eTag that changes only when the entity does (here: never, the data is fixed per process).</summary>
    private static JsonObject Entity(string id) => new()
    {
        ["stateFacts"] = new JsonArray("EntityRoot"),
        ["eTag"] = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes("esia-emulator:" + id))),
    };

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string GenderCode(Gender gender) => gender == Gender.Female ? "F" : "M";
}
