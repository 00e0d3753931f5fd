using System.ComponentModel.DataAnnotations;

namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>The "Telemetry" section of appsettings.json: where the metrics are served.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// The management port: Kestrel listens on it beside the portal's own URLs (on the same host as the first of them), and it
    /// serves only <c>/metrics</c> and the health probes. Empty: no metrics endpoint at all.
    /// </summary>
    [Range(1, 65535, ErrorMessage = "Telemetry:MetricsPort: порт для метрик (например, 9464) — число от 1 до 65535, или пусто, чтобы метрики не отдавать.")]
    public int? MetricsPort { get; set; }
}
