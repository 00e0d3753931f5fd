using MudBlazor;

namespace SchoolPortal.Components.Localization;

public static class RussianMudTextsServiceCollectionExtensions
{
    /// <summary>MudBlazor's built-in texts in Russian whatever the server's culture: English is only the fallback for an unknown key.</summary>
    public static IServiceCollection AddRussianMudTexts(this IServiceCollection services)
    {
        services.AddTransient<MudLocalizer, RussianMudLocalizer>();
        services.AddTransient<ILocalizationInterceptor>(sp =>
            new DefaultLocalizationInterceptor(sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<MudLocalizer>()) { IgnoreDefaultEnglish = true });
        return services;
    }
}
