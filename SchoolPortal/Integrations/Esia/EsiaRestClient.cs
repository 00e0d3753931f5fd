using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// Reads the signed-in person from ESIA's REST API with the access token: <c>/rs/prns/{oid}</c>,
/// <c>/rs/prns/{oid}/docs?embed=(elements)</c>, <c>/rs/prns/{oid}/kids?embed=(elements)</c> and each kid's
/// <c>/docs?embed=(elements)</c>, which are put into the kid as «documents» (the form <see cref="EsiaPersonReader"/> reads).
/// </summary>
public sealed class EsiaRestClient(HttpClient http, EsiaEndpoints endpoints)
{
    public const string HttpClientName = "Esia";

    public async Task<EsiaAnswers> ReadAsync(string oid, string accessToken, CancellationToken ct = default)
    {
        var root = $"rs/prns/{Uri.EscapeDataString(oid)}";
        var person = await GetAsync($"{root}", accessToken, ct);
        var docs = await GetAsync($"{root}/docs?embed=(elements)", accessToken, ct);
        var kids = JsonNode.Parse(await GetAsync($"{root}/kids?embed=(elements)", accessToken, ct)) as JsonObject ?? [];
        if (kids["elements"] is JsonArray elements)
        {
            foreach (var kid in elements.OfType<JsonObject>())
            {
                var id = kid["id"]?.ToString();
                if (string.IsNullOrEmpty(id))
                    continue;
                var kidDocs = await GetAsync($"{root}/kids/{Uri.EscapeDataString(id)}/docs?embed=(elements)", accessToken, ct);
                kid["documents"] = JsonNode.Parse(kidDocs);
            }
        }
        return new EsiaAnswers(oid, person, docs, kids.ToJsonString());
    }

    private async Task<string> GetAsync(string path, string accessToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoints.Backchannel(), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new EsiaDataException($"ЕСИА не ответила на запрос данных ({e.Message}).");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new EsiaDataException("ЕСИА не ответила на запрос данных вовремя.");
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new EsiaDataException(response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "ЕСИА отказала порталу в доступе к данным учетной записи.",
                    HttpStatusCode.NotFound => "ЕСИА не нашла учетную запись, с которой выполнен вход.",
                    _ => $"ЕСИА ответила ошибкой {(int)response.StatusCode} на запрос данных.",
                });
            }
            try
            {
                using var _ = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                throw new EsiaDataException("ЕСИА вернула данные в непонятном формате.");
            }
            return body;
        }
    }
}
