namespace SchoolPortal.Features.Support;

public static class SupportServiceCollectionExtensions
{
    /// <summary>The portal's name and the region's support contacts, checked when the portal starts: a wrong setting stops it with the reason.</summary>
    public static IServiceCollection AddSupportFeature(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
