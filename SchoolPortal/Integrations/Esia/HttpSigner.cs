using System.Net.Http.Headers;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// The production signer through a signing service (a CryptoPro DSS-like HTTP endpoint inside the operator's network):
/// POSTs the data as application/octet-stream to <c>Esia:Signer:Url</c> and reads the detached signature, base64, from
/// the response body.
/// </summary>
public sealed class HttpSigner(HttpClient http, Uri url) : IEsiaSigner
{
    public async Task<byte[]> SignAsync(byte[] data, CancellationToken ct = default)
    {
        using var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(url, content, ct);
        }
        catch (HttpRequestException e)
        {
            throw new EsiaSigningException($"Сервис подписи {url} недоступен: {e.Message}", e);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
                throw new EsiaSigningException($"Сервис подписи {url} ответил {(int)response.StatusCode}: {body.Trim()}");
            try
            {
                return Convert.FromBase64String(body.Trim());
            }
            catch (FormatException e)
            {
                throw new EsiaSigningException($"Сервис подписи {url} вернул не base64.", e);
            }
        }
    }
}
