using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SchoolPortal.Tests.TestKit;

/// <summary>Starts a host with the given settings and registrations, as the portal starts: options marked ValidateOnStart are checked here.</summary>
public static class StartingHost
{
    /// <summary>The refusal the start ends with.</summary>
    public static async Task<OptionsValidationException> RefusalAsync(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services, builder.Configuration);
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    /// <summary>True when the host starts with these settings (and stops again).</summary>
    public static async Task StartsAsync(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services, builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }
}
