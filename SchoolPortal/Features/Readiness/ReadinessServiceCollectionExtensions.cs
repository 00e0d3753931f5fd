namespace SchoolPortal.Features.Readiness;

/// <summary>Registers the readiness feature's services.</summary>
public static class ReadinessServiceCollectionExtensions
{
    /// <summary>Готовность к Госуслугам: the lists, the diagnosis, the support look-up and the ready children for EPGU.</summary>
    public static IServiceCollection AddReadinessFeature(this IServiceCollection services)
    {
        services.AddScoped<ReadinessService>();
        services.AddScoped<SupportLookup>();
        services.AddScoped<ReadinessPupils>();
        // EPGU publishes the children these rules find ready.
        services.AddScoped<SchoolPortal.Integrations.Epgu.IEpguReadiness>(sp => sp.GetRequiredService<ReadinessPupils>());
        return services;
    }
}
