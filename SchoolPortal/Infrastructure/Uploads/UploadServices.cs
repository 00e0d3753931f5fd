using Microsoft.Extensions.Options;

namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>Registers the upload limits: <see cref="UploadOptions"/> from the "Uploads" section and the node's <see cref="UploadParsingLimiter"/>.</summary>
public static class UploadServices
{
    /// <remarks>A wrong limit stops the start with the setting's name (<see cref="UploadOptions.MaxConcurrentParsing"/>, <see cref="UploadOptions.QueueTimeout"/>).</remarks>
    public static IServiceCollection AddUploadLimits(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.QueueTimeout > TimeSpan.Zero, UploadOptions.QueueTimeoutInvalid).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<UploadOptions>>().Value);
        services.AddSingleton<UploadParsingLimiter>();
        return services;
    }
}
