using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SchoolPortal.Integrations;

public static class DemoEmulatorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DemoEmulators"/> and refuses to go on when the configuration asks for an emulator where none may
    /// run (Production, or <c>Demo:Enabled = false</c>): the exception names the setting.
    /// </summary>
    public static IServiceCollection AddDemoEmulators(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var gate = DemoEmulators.From(configuration, environment);
        gate.RequireAllowedFor(configuration);
        services.TryAddSingleton(gate);
        return services;
    }
}
