using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.DataQuality;

/// <summary>Registers «Качество формирования данных»: the calculation, its job and long operation, the dashboard.</summary>
public static class DataQualityServiceCollectionExtensions
{
    public static IServiceCollection AddDataQualityFeature(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(QualityOptions.Section).Get<QualityOptions>() ?? new QualityOptions());
        services.AddScoped<QualityCalculation>();
        services.AddScoped<QualityScoresJob>();
        services.AddScoped<QualityDashboard>();
        services.AddLongOperationHandler<QualityOperationHandler>();
        return services;
    }
}
