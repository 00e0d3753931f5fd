namespace SchoolPortal.Infrastructure.Security;

/// <summary>
/// Adds the headers every response of the portal carries, pages, endpoints, the ESIA emulator and the jobs dashboard alike:
/// no MIME sniffing, no referrer to other sites, no framing (old and new header), and the content security policy.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IReadOnlyList<string> formTargets)
{
    public Task InvokeAsync(HttpContext http)
    {
        var nonce = ContentSecurityPolicy.NewNonce();
        ContentSecurityPolicy.Remember(http, nonce);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy.Header(nonce, formTargets);
            return Task.CompletedTask;
        });
        return next(http);
    }
}
