using Microsoft.AspNetCore.Localization;

namespace SchoolPortal.Infrastructure;

/// <summary>
/// Every request and every circuit runs in Russian (<see cref="RussianFormat.Culture"/>), whatever the browser asks for and
/// whatever culture the server's machine has: what MudBlazor formats by itself (chart tooltips and axes, date pickers,
/// numeric fields) then reads «96,7» and «04.12.2026» like the rest of the page.
/// </summary>
public static class RussianCulture
{
    public static IApplicationBuilder UseRussianCulture(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(RussianFormat.Culture),
            SupportedCultures = [RussianFormat.Culture],
            SupportedUICultures = [RussianFormat.Culture],
        };
        // No provider: neither Accept-Language nor a cookie or a query string changes the portal's language.
        options.RequestCultureProviders.Clear();
        return app.UseRequestLocalization(options);
    }
}
