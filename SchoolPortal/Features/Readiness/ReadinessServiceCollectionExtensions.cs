namespace SchoolPortal.Features.Readiness;

public static class ReadinessServiceCollectionExtensions
{
    /// <summary>Готовность к Госуслугам: the lists, the diagnosis, the support look-up and the ready children for EPGU.</summary>
    public static IServiceCollection AddReadinessFeature(this IServiceCollection services)
    {
        services.AddScoped<ReadinessService>();
        services.AddScoped<SupportLookup>();
        services.AddScoped<ReadinessPupils>();
        return services;
    }
}
