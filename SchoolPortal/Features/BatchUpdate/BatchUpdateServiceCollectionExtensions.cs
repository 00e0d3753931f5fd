using Microsoft.Extensions.DependencyInjection.Extensions;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure.Security;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>Registers «Пакетное обновление»: the record keys (secret from <see cref="RecordKeys.SecretSetting"/>), export, planner, update and their long operations.</summary>
public static class BatchUpdateServiceCollectionExtensions
{
    public static IServiceCollection AddBatchUpdateFeature(this IServiceCollection services)
    {
        services.TryAddSingleton<PortalSecretStore>();
        services.AddSingleton(sp => RecordKeys.FromSettings(
            sp.GetRequiredService<IConfiguration>()[RecordKeys.SecretSetting],
            sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, sp.GetRequiredService<PortalSecretStore>()));
        services.AddScoped<INewPersonCheck, GuardedNewPersonCheck>();
        services.AddScoped<BatchPlanner>();
        services.AddScoped<BatchUpdateService>();
        services.AddScoped<BatchExportService>();
        services.AddScoped<BatchJobs>();
        services.AddLongOperationHandler<BatchExportHandler>();
        services.AddLongOperationHandler<BatchPreviewHandler>();
        services.AddLongOperationHandler<BatchApplyHandler>();
        return services;
    }
}
