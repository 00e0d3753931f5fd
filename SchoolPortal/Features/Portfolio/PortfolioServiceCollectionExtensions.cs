namespace SchoolPortal.Features.Portfolio;

/// <summary>Registers «Школьное портфолио».</summary>
public static class PortfolioServiceCollectionExtensions
{
    /// <summary>The services of «Школьное портфолио» (the parents' and pupils' pages).</summary>
    public static IServiceCollection AddPortfolioFeature(this IServiceCollection services)
    {
        services.AddScoped<PortfolioService>();
        services.AddSingleton(sp => new ClassAverageCache(sp.GetRequiredService<TimeProvider>(), ClassAverageCache.PageLifetime));
        services.AddSingleton<PortfolioCache>();
        services.AddSingleton<PortfolioMarkup>();
        services.AddSingleton<FamilyAccessCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, FamilyAccessInvalidation>();
        return services;
    }
}
