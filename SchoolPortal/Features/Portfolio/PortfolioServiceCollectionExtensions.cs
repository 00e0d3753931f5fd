using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Features.Portfolio;

/// <summary>Registers «Школьное портфолио».</summary>
public static class PortfolioServiceCollectionExtensions
{
    /// <summary>The services of «Школьное портфолио» (the parents' and pupils' pages).</summary>
    public static IServiceCollection AddPortfolioFeature(this IServiceCollection services)
    {
        services.AddScoped<PortfolioService>();
        services.AddSingleton(sp => ClassAverages.Cached(sp.GetRequiredService<PortalCache>()));
        services.AddSingleton<PortfolioMarkup>();
        return services;
    }
}
