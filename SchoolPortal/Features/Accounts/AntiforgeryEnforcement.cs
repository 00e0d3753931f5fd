using Microsoft.AspNetCore.Antiforgery;

namespace SchoolPortal.Features.Accounts;

/// <summary>
/// Antiforgery for the portal's own POST endpoints outside Blazor forms (sign-out, linking). Declaring it is not enough:
/// <c>UseAntiforgery</c> only records its verdict, and a minimal endpoint that binds no form never reads it, so a forged
/// POST would go through. This filter refuses the request with 400 when the token is missing or wrong.
/// </summary>
public static class AntiforgeryEnforcement
{
    public const string RefusedText = "Форма устарела или отправлена не со страницы портала. Обновите страницу и повторите.";

    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            // UseAntiforgery has checked the token when it ran before the endpoint; otherwise it is checked here.
            var valid = http.Features.Get<IAntiforgeryValidationFeature>()?.IsValid
                ?? await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
            return valid
                ? await next(context)
                : Results.Content(RefusedText, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status400BadRequest);
        });
}
