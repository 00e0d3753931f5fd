using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using SchoolPortal.Infrastructure.Health;

namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>
/// What an operator of the region's nodes watches: the health probes (<see cref="PortalHealth"/>), the metrics in Prometheus
/// format on the management port <c>Telemetry:MetricsPort</c> (and only there), and the console log's format
/// (<c>Logging:Json</c>). One call from Program.cs; docs/deployment.md tells how nginx and the orchestrator use them.
/// </summary>
public static class PortalObservability
{
    public static WebApplicationBuilder AddPortalObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Logging.AddPortalConsoleFormat(builder.Configuration);
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PortalMetrics>();
        services.AddSingleton<JobDurationFilter>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, OpenCircuitsCounter>());
        services.AddPortalHealth(builder.Configuration);

        // Read before the container is built: the port decides the URLs Kestrel binds. A wrong one is refused by ValidateOnStart.
        var port = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.MetricsPort is int p and >= 1 and <= 65535 ? p : (int?)null;
        if (port is int metricsPort)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(PortalMetrics.MeterName, PortalMetrics.MeterName + ".*")
                // Built into .NET and EF Core: memory, GC and thread pool (the sizing), contexts and queries.
                .AddMeter("System.Runtime", "Microsoft.EntityFrameworkCore")
                .AddPrometheusExporter());
            var main = ServerUrls.Portal(builder.Configuration);
            builder.WebHost.UseUrls([.. main, ServerUrls.Management(main, metricsPort)]);
        }
        // First of the startup filters, so ahead of host filtering (AllowedHosts), which the web host registered before this.
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter>(new ObservabilityStartupFilter(port)));
        return builder;
    }
}
