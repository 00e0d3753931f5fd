using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaEmulatorRestTests(EsiaEmulatorHost host) : IClassFixture<EsiaEmulatorHost>
{
    [Fact]
    public async Task The_rest_answers_read_back_as_the_person_the_emulator_promised()
    {
        var person = await host.PersonAsync(EmulatorPersonKeys.Matching);
        var token = await AccessTokenAsync(EmulatorPersonKeys.Matching);

        using var prn = await GetJsonAsync($"/rs/prns/{person.Oid}", token);
        using var docs = await GetJsonAsync($"/rs/prns/{person.Oid}/docs?embed=(elements)", token);
        using var kids = await GetJsonAsync($"/rs/prns/{person.Oid}/kids?embed=(elements.documents)", token);
        var esia = EsiaPersonReader.Read(person.Oid, prn.RootElement, docs.RootElement, kids.RootElement);

        var parent = host.Families.CompleteParents[2];
        Assert.Equal(parent.Id, person.ParentId);
        Assert.Equal(parent.Name, esia.Name);
        Assert.Equal(parent.BirthDate, esia.BirthDate);
        Assert.Equal(parent.Snils, esia.Snils);
        Assert.True(esia.IsTrusted);
        Assert.Equal(parent.Document, Assert.Single(esia.Documents));
        Assert.Equal(2, esia.Kids.Count);
        Assert.Equal(person.Kids.Select(k => k.Id), esia.Kids.Select(k => k.Id));
        Assert.All(esia.Kids, k => Assert.Equal(DocumentKind.RfBirthCertificate, Assert.Single(k.Documents).Kind));
        Assert.Equal(["EntityRoot"], prn.RootElement.GetProperty("stateFacts").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("F", prn.RootElement.GetProperty("gender").GetString());
        Assert.Equal(parent.Snils!.Formatted, prn.RootElement.GetProperty("snils").GetString());
        var passport = docs.RootElement.GetProperty("elements")[0];
        Assert.Equal("RF_PASSPORT", passport.GetProperty("type").GetString());
        Assert.Equal("VERIFIED", passport.GetProperty("vrfStu").GetString());
        Assert.Equal(1, docs.RootElement.GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task Without_embed_collections_list_links_that_answer_with_the_element()
    {
        var person = await host.PersonAsync(EmulatorPersonKeys.Matching);
        var token = await AccessTokenAsync(EmulatorPersonKeys.Matching);

        using var kids = await GetJsonAsync($"/rs/prns/{person.Oid}/kids", token);
        var links = kids.RootElement.GetProperty("elements").EnumerateArray().Select(e => e.GetString()!).ToList();
        using var kid = await GetJsonAsync(new Uri(links[^1]).PathAndQuery, token);
        using var kidDocs = await GetJsonAsync(new Uri(links[^1]).PathAndQuery + "/docs?embed=(elements)", token);
        using var kidsWithoutDocuments = await GetJsonAsync($"/rs/prns/{person.Oid}/kids?embed=(elements)", token);

        Assert.Equal(["hasSize"], kids.RootElement.GetProperty("stateFacts").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, kids.RootElement.GetProperty("size").GetInt32());
        Assert.All(links, l => Assert.StartsWith($"{host.Http.BaseAddress!.ToString().TrimEnd('/')}/rs/prns/{person.Oid}/kids/", l));
        Assert.Equal(person.Kids[^1].Name.FirstName, kid.RootElement.GetProperty("firstName").GetString());
        var certificate = kidDocs.RootElement.GetProperty("elements")[0];
        Assert.Equal("RF_BRTH_CERT", certificate.GetProperty("type").GetString());
        Assert.Equal(person.Kids[^1].Documents[0].Document.Number, certificate.GetProperty("number").GetString());
        Assert.False(kidsWithoutDocuments.RootElement.GetProperty("elements")[0].TryGetProperty("documents", out _));
    }

    [Fact]
    public async Task The_rest_api_refuses_a_missing_token_another_persons_token_and_an_unknown_oid()
    {
        var matching = await host.PersonAsync(EmulatorPersonKeys.Matching);
        var token = await AccessTokenAsync(EmulatorPersonKeys.Unknown);

        var anonymous = await host.Http.GetAsync($"/rs/prns/{matching.Oid}");
        var forged = await SendAsync($"/rs/prns/{matching.Oid}", token[..^4] + "AAAA");
        var foreign = await SendAsync($"/rs/prns/{matching.Oid}/docs?embed=(elements)", token);
        var own = await SendAsync($"/rs/prns/{EmulatorPersonFactory.UnknownOid}", token);
        var missingKid = await SendAsync($"/rs/prns/{EmulatorPersonFactory.UnknownOid}/kids/1/docs", token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingKid.StatusCode);
    }

    [Fact]
    public async Task An_unconfirmed_account_answers_trusted_false_with_unverified_documents()
    {
        var person = await host.PersonAsync(EmulatorPersonKeys.Unconfirmed);
        var token = await AccessTokenAsync(EmulatorPersonKeys.Unconfirmed);

        using var prn = await GetJsonAsync($"/rs/prns/{person.Oid}", token);
        using var docs = await GetJsonAsync($"/rs/prns/{person.Oid}/docs?embed=(elements)", token);

        Assert.False(prn.RootElement.GetProperty("trusted").GetBoolean());
        Assert.Equal("NOT_VERIFIED", docs.RootElement.GetProperty("elements")[0].GetProperty("vrfStu").GetString());
    }

    private async Task<string> AccessTokenAsync(string key)
    {
        var (response, _) = await host.TokenRequestAsync(await host.CodeForAsync(key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Http.SendAsync(request);
    }

    private async Task<JsonDocument> GetJsonAsync(string path, string token)
    {
        var response = await SendAsync(path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
