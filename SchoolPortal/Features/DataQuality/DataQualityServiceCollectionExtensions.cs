using Microsoft.Extensions.Options;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.DataQuality;

/// <summary>Registers «Качество формирования данных»: the calculation, its job and long operation, the dashboard.</summary>
public static class DataQualityServiceCollectionExtensions
{
    public static IServiceCollection AddDataQualityFeature(this IServiceCollection services)
    {
        services.AddOptions<QualityOptions>().BindConfiguration(QualityOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Schedule), QualityOptions.ScheduleMissing).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<QualityOptions>>().Value);
        services.AddScoped<QualityCalculation>();
        services.AddScoped<QualityScoresJob>();
        services.AddScoped<QualityDashboard>();
        services.AddLongOperationHandler<QualityOperationHandler>();
        return services;
    }
}
