using SchoolPortal.Infrastructure.Health;

namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>
/// Puts the health probes and the metrics in front of the whole pipeline, host filtering included: probes and scrapers
/// address a node by its own name or address, not the portal's public host; and nothing after them (HTTPS redirection,
/// the status-code page, sign-in, the must-change-password and family redirects) may turn a probe's 503 into a page.
/// The management port serves only these: anything else there is 404, so it is no second way into the portal.
/// </summary>
public sealed class ObservabilityStartupFilter(int? metricsPort) : IStartupFilter
{
    public const string MetricsPath = "/metrics";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UsePortalHealthProbes();
        if (metricsPort is int port)
        {
            // The socket's local port, not the Host header: a client chooses its Host header, not the port it reached.
            app.UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Connection.LocalPort == port && http.Request.Path == MetricsPath);
            app.Use((http, rest) =>
            {
                if (http.Connection.LocalPort != port)
                    return rest(http);
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
        next(app);
    };
}
