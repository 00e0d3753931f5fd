using System.Net;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// One parent's browser: its own cookies (antiforgery, then the sign-in cookie) on the connection pool all users share,
/// so 50 users are 50 sessions over the 50 connections. Redirects are not followed: on the load a redirect (to the
/// sign-in or password page) is an error, not a page.
/// </summary>
public sealed class VirtualUser(HttpClient client, DemoParent parent, string pagePath)
{
    private readonly CookieContainer _cookies = new();

    public DemoParent Parent { get; } = parent;

    /// <summary>The page this user loads, e.g. /portfolio/1234.</summary>
    public string PagePath { get; } = pagePath;

    /// <summary>Signs in through the form as a browser does: GET the form, POST it back with the token and cookie.</summary>
    public async Task SignInAsync(string password, CancellationToken ct)
    {
        string html;
        using (var form = await SendAsync(HttpMethod.Get, LoginPage.Path, null, HttpCompletionOption.ResponseContentRead, ct))
        {
            if (form.StatusCode != HttpStatusCode.OK)
                throw new PortfolioLoadException($"Форма входа ответила {(int)form.StatusCode} для {Parent.Login}.");
            html = await form.Content.ReadAsStringAsync(ct);
        }
        using var content = new FormUrlEncodedContent(LoginPage.Fields(html, Parent.Login, password));
        using var answer = await SendAsync(HttpMethod.Post, LoginPage.Path, content, HttpCompletionOption.ResponseContentRead, ct);
        if (answer.StatusCode is HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.Redirect)
        {
            if (answer.Headers.Location?.OriginalString.EndsWith(LoginPage.ChangePasswordPath, StringComparison.Ordinal) == true)
                throw new PortfolioLoadException($"Родитель {Parent.Login} должен сменить пароль: выберите другую учётную запись.");
            if (_cookies.GetCookies(client.BaseAddress!)[LoginPage.AuthCookie] is null)
                throw new PortfolioLoadException($"После входа {Parent.Login} нет cookie {LoginPage.AuthCookie}.");
            return;
        }
        var error = LoginPage.Error(await answer.Content.ReadAsStringAsync(ct));
        throw new PortfolioLoadException($"Родитель {Parent.Login} не вошёл: {error ?? $"ответ {(int)answer.StatusCode}"}.");
    }

    /// <summary>A request with this user's cookies; the cookies the answer sets are kept for the next one.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, HttpCompletionOption completion, CancellationToken ct)
    {
        var uri = new Uri(client.BaseAddress!, path);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        var cookie = _cookies.GetCookieHeader(uri);
        if (cookie.Length > 0)
            request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request, completion, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var value in set)
                _cookies.SetCookies(uri, value);
        return response;
    }
}
