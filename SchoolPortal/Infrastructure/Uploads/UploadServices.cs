namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>Registers the upload limits: <see cref="UploadOptions"/> from the "Uploads" section and the node's <see cref="UploadParsingLimiter"/>.</summary>
public static class UploadServices
{
    public static IServiceCollection AddUploadLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(UploadOptions.Section).Get<UploadOptions>() ?? new UploadOptions());
        services.AddSingleton<UploadParsingLimiter>();
        return services;
    }
}
