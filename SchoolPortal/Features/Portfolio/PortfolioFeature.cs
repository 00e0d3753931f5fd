namespace SchoolPortal.Features.Portfolio;

/// <summary>Registers «Школьное портфолио»; the lead calls it from Program.cs like the other features.</summary>
public static class PortfolioFeature
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
