using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>
/// Counts the Blazor circuits open on this node: opened and closed, whatever their connection does in between (a
/// disconnected circuit still holds its memory until it is closed). The sizing in docs/deployment.md reads this.
/// </summary>
public sealed class OpenCircuitsCounter(PortalMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
