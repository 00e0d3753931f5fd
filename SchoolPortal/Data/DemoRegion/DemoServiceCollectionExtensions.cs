using Microsoft.Extensions.Options;

namespace SchoolPortal.Data.DemoRegion;

public static class DemoServiceCollectionExtensions
{
    /// <summary>The "Demo" section as <see cref="DemoOptions"/>; a value that is not a boolean stops the start with the setting's name.</summary>
    public static IServiceCollection AddDemoOptions(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DemoOptions>>().Value);
        return services;
    }
}
