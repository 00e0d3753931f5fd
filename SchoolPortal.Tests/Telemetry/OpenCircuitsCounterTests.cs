using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Infrastructure.Telemetry;

namespace SchoolPortal.Tests.Telemetry;

public sealed class OpenCircuitsCounterTests
{
    [Fact]
    public async Task Open_circuits_go_up_when_a_circuit_opens_and_down_when_it_closes()
    {
        using var services = new ServiceCollection().AddMetrics().AddSingleton<PortalMetrics>().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        long open = 0;
        using var listener = new MeterListener();
        // Only this container's meter: other tests' portals count their own circuits at the same time.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name == "schoolportal.circuits.open")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref open, measurement));
        listener.Start();
        var counter = new OpenCircuitsCounter(services.GetRequiredService<PortalMetrics>());

        await counter.OnCircuitOpenedAsync(null!, CancellationToken.None);
        await counter.OnCircuitOpenedAsync(null!, CancellationToken.None);
        await counter.OnCircuitClosedAsync(null!, CancellationToken.None);

        Assert.Equal(1, Interlocked.Read(ref open));
    }
}
