using System.Globalization;
using System.Text.Json.Nodes;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// ESIA's REST API for the signed-in person (<c>/rs/prns/{oid}</c>, its <c>docs</c> and <c>kids</c>): a valid access
/// token of that very oid is required (401 without one, 403 for another person's), an unknown oid is 404. Collections
/// list links unless <c>embed=(elements)</c>; <c>embed=(elements.documents)</c> also embeds each kid's documents.
/// </summary>
internal static class EsiaRestEndpoints
{
    public static Task<IResult> PersonAsync(HttpContext http, string oid, EsiaEmulatorTokens tokens, EsiaEmulatorPersons persons) =>
        AnswerAsync(http, oid, tokens, persons, p => EsiaEmulatorJson.Person(p));

    public static Task<IResult> DocumentsAsync(HttpContext http, string oid, EsiaEmulatorTokens tokens, EsiaEmulatorPersons persons) =>
        AnswerAsync(http, oid, tokens, persons,
            p => EsiaEmulatorJson.Documents(p.Documents, Embed(http).Elements, p.IsTrusted, PersonUrl(http, oid) + "/docs"));

    public static Task<IResult> DocumentAsync(HttpContext http, string oid, string docId, EsiaEmulatorTokens tokens, EsiaEmulatorPersons persons) =>
        AnswerAsync(http, oid, tokens, persons,
            p => p.Documents.FirstOrDefault(d => Same(d.Id, docId)) is { } d ? EsiaEmulatorJson.Document(d, p.IsTrusted) : null);

    public static Task<IResult> KidsAsync(HttpContext http, string oid, EsiaEmulatorTokens tokens, EsiaEmulatorPersons persons)
    {
        var embed = Embed(http);
        return AnswerAsync(http, oid, tokens, persons,
            p => EsiaEmulatorJson.Kids(p.Kids, embed.Elements, embed.Documents, p.IsTrusted, PersonUrl(http, oid) + "/kids"));
    }

    public static Task<IResult> KidAsync(HttpContext http, string oid, string kidId, EsiaEmulatorTokens tokens, EsiaEmulatorPersons persons) =>
        AnswerAsync(http, oid, tokens, persons,
            p => p.Kids.FirstOrDefault(k => k.Id == kidId) is { } kid
                ? EsiaEmulatorJson.Kid(kid, Embed(http).Documents, p.IsTrusted, $"{PersonUrl(http, oid)}/kids/{kid.Id}")
                : null);

    public static Task<IResult> KidDocumentsAsync(HttpContext http, string oid, string kidId, EsiaEmulatorTokens tokens, EsiaEmulatorPersons persons) =>
        AnswerAsync(http, oid, tokens, persons,
            p => p.Kids.FirstOrDefault(k => k.Id == kidId) is { } kid
                ? EsiaEmulatorJson.Documents(kid.Documents, Embed(http).Elements, p.IsTrusted, $"{PersonUrl(http, oid)}/kids/{kid.Id}/docs")
                : null);

    public static Task<IResult> KidDocumentAsync(HttpContext http, string oid, string kidId, string docId, EsiaEmulatorTokens tokens,
        EsiaEmulatorPersons persons) =>
        AnswerAsync(http, oid, tokens, persons,
            p => p.Kids.FirstOrDefault(k => k.Id == kidId)?.Documents.FirstOrDefault(d => Same(d.Id, docId)) is { } d
                ? EsiaEmulatorJson.Document(d, p.IsTrusted)
                : null);

    private static async Task<IResult> AnswerAsync(HttpContext http, string oid, EsiaEmulatorTokens tokens, EsiaEmulatorPersons persons,
        Func<EmulatorPerson, JsonObject?> answer)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var subject = await tokens.SubjectOfAccessTokenAsync(token);
        if (subject is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Json(EsiaEmulatorJson.Error("ESIA-005001", "Маркер доступа не передан, просрочен или подписан не ЕСИА."), StatusCodes.Status401Unauthorized);
        }
        if (subject != oid)
            return Json(EsiaEmulatorJson.Error("ESIA-005003", "Маркер доступа выдан для другого пользователя."), StatusCodes.Status403Forbidden);
        var person = await persons.FindByOidAsync(oid, http.RequestAborted);
        var body = person is null ? null : answer(person);
        return body is null
            ? Json(EsiaEmulatorJson.Error("ESIA-005004", "Объект не найден."), StatusCodes.Status404NotFound)
            : Json(body, StatusCodes.Status200OK);
    }

    /// <summary>«(elements)», «(elements.documents)» or both, comma-separated.</summary>
    private static (bool Elements, bool Documents) Embed(HttpContext http)
    {
        var parts = http.Request.Query["embed"].ToString().Trim().TrimStart('(').TrimEnd(')')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var documents = parts.Contains("elements.documents");
        return (documents || parts.Contains("elements"), documents);
    }

    private static string PersonUrl(HttpContext http, string oid) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{EsiaEmulatorEndpoints.PersonsPath}/{Uri.EscapeDataString(oid)}";

    private static bool Same(long id, string text) => id.ToString(CultureInfo.InvariantCulture) == text;

    private static IResult Json(JsonObject body, int status) => Results.Json(body, EsiaEmulatorEndpoints.Json, statusCode: status);
}
