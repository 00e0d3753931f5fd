using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>Registers «Пакетное обновление»: the record keys (secret from <see cref="RecordKeys.SecretSetting"/>), export, planner and update.</summary>
public static class BatchUpdateFeature
{
    public static IServiceCollection AddBatchUpdateFeature(this IServiceCollection services)
    {
        services.AddSingleton(sp => RecordKeys.FromSettings(
            sp.GetRequiredService<IConfiguration>()[RecordKeys.SecretSetting],
            sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.TryAddScoped<INewPersonCheck, NoNewPersonCheck>();
        services.AddScoped<BatchPlanner>();
        services.AddScoped<BatchUpdateService>();
        services.AddScoped<BatchExportService>();
        return services;
    }
}
