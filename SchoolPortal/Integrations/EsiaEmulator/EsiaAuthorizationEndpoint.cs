using Microsoft.AspNetCore.WebUtilities;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// ESIA's sign-in side: the authorization request shows the person picker, the picker's answer redirects back with a code
/// (or an error), the token request exchanges the code, the logout returns to the portal.
/// </summary>
internal static class EsiaAuthorizationEndpoint
{
    private const string LogCategory = "SchoolPortal.Integrations.EsiaEmulator";

    public static async Task<IResult> ShowAsync(HttpContext http, EsiaAuthorizationCheck check, EsiaEmulatorPersons persons,
        TimeProvider clock, ILoggerFactory logs)
    {
        var outcome = check.Check(http.Request.Query, clock.GetUtcNow());
        if (outcome.Request is not { } request)
            return Refuse(outcome, logs);
        var list = await persons.ListAsync(http.RequestAborted);
        return Html(EsiaEmulatorPages.Picker(request, list, FormAction(http.Request)), StatusCodes.Status200OK);
    }

    public static async Task<IResult> AnswerAsync(HttpContext http, EsiaAuthorizationCheck check, EsiaEmulatorPersons persons,
        EsiaEmulatorCodes codes, EsiaEmulatorSettings settings, TimeProvider clock, ILoggerFactory logs)
    {
        var now = clock.GetUtcNow();
        var outcome = check.Check(http.Request.Query, now, EsiaAuthorizationCheck.PickerTime);
        if (outcome.Request is not { } request)
            return Refuse(outcome, logs);
        if (!http.Request.HasFormContentType)
            return Html(EsiaEmulatorPages.Error(EsiaErrors.InvalidRequest, "Ответ страницы выбора пришёл не формой."), StatusCodes.Status400BadRequest);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.ContainsKey("deny"))
            return Results.Redirect(ErrorUrl(request.RedirectUri, EsiaErrors.AccessDenied, request.State));
        if (form.ContainsKey("send_error"))
        {
            var code = form["error_code"].ToString();
            return EsiaErrors.All.FirstOrDefault(e => e.Code == code) is { } chosen
                ? Results.Redirect(ErrorUrl(request.RedirectUri, chosen, request.State))
                : Html(EsiaEmulatorPages.Error(EsiaErrors.InvalidRequest, $"Кода ошибки «{code}» нет в каталоге ЕСИА."), StatusCodes.Status400BadRequest);
        }
        var key = form["person"].ToString();
        var person = await persons.FindByKeyAsync(key, http.RequestAborted);
        if (person is null)
            return Html(EsiaEmulatorPages.Error(EsiaErrors.InvalidRequest, $"Тестового человека «{key}» нет: вернитесь на портал и начните вход заново."),
                StatusCodes.Status400BadRequest);
        var grant = new EsiaAuthorizationGrant(person.Oid, request.ClientId, request.RedirectUri, request.Scope, request.Nonce, Guid.NewGuid(),
            now, now + settings.CodeLifetime);
        return Results.Redirect(QueryHelpers.AddQueryString(request.RedirectUri,
            new Dictionary<string, string?> { ["code"] = codes.Issue(grant), ["state"] = request.State }));
    }

    public static async Task<IResult> TokenAsync(HttpContext http, EsiaTokenExchange exchange, ILoggerFactory logs)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;
        var outcome = await exchange.ExchangeAsync(form, http.RequestAborted);
        if (outcome.Detail is { } detail)
            logs.CreateLogger(LogCategory).LogWarning("Эмулятор ЕСИА отказал в выдаче маркера: {Description} ({Detail})",
                outcome.Body["error_description"]?.ToString(), detail);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        return Results.Json(outcome.Body, EsiaEmulatorEndpoints.Json, statusCode: outcome.Status);
    }

    public static IResult Logout(HttpContext http, EsiaEmulatorSettings settings)
    {
        var clientId = http.Request.Query["client_id"].ToString();
        var redirectUrl = http.Request.Query["redirect_url"].ToString();
        if (clientId != settings.ClientId)
            return Html(EsiaEmulatorPages.Error(EsiaErrors.ClientNotRegistered, $"client_id «{clientId}» не зарегистрирован в эмуляторе ЕСИА."),
                StatusCodes.Status400BadRequest);
        if (!EsiaRequestChecks.IsHttpUrl(redirectUrl))
            return Html(EsiaEmulatorPages.Error(EsiaErrors.InvalidRedirectUri, $"redirect_url «{redirectUrl}» — не абсолютный http(s)-адрес."),
                StatusCodes.Status400BadRequest);
        // The registered portal is the one hosting the emulator: logout never sends the browser anywhere else.
        if (!EsiaRequestChecks.IsSameOrigin(redirectUrl, http.Request))
            return Html(EsiaEmulatorPages.Error(EsiaErrors.InvalidRedirectUri,
                $"redirect_url «{redirectUrl}» — не адрес портала, зарегистрированного в эмуляторе ЕСИА."), StatusCodes.Status400BadRequest);
        return Results.Redirect(redirectUrl);
    }

    /// <summary>The picker posts back to the same address with the same query, so the answer is checked like the request.</summary>
    private static string FormAction(HttpRequest request) => request.PathBase + EsiaEmulatorEndpoints.AuthorizationPath + request.QueryString;

    private static IResult Refuse(EsiaAuthorizationOutcome outcome, ILoggerFactory logs)
    {
        var error = outcome.Error!;
        logs.CreateLogger(LogCategory).LogWarning("Эмулятор ЕСИА отклонил запрос авторизации: {Description} ({Detail})", error.Description, outcome.Detail);
        return outcome.RedirectUri is { } redirectUri
            ? Results.Redirect(ErrorUrl(redirectUri, error, outcome.State))
            : Html(EsiaEmulatorPages.Error(error, outcome.Detail ?? ""), StatusCodes.Status400BadRequest);
    }

    /// <summary>ESIA's way of answering an error: back to the client with error, error_description «ESIA-0070xx: …» and state.</summary>
    private static string ErrorUrl(string redirectUri, EsiaError error, string? state)
    {
        var query = new Dictionary<string, string?> { ["error"] = error.OAuthError, ["error_description"] = error.Description };
        if (!string.IsNullOrEmpty(state))
            query["state"] = state;
        return QueryHelpers.AddQueryString(redirectUri, query);
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
