using System.Runtime.InteropServices;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// Runs an action when the process is told to stop (Ctrl-C, kill, closed terminal): the signal ends the process once the
/// handlers have returned, and on Linux a SIGTERM does not raise ProcessExit, so the portal would outlive us without this.
/// </summary>
public static class ExitSignals
{
    // Kept alive for the life of the process: a disposed registration stops handling its signal.
    private static readonly List<PosixSignalRegistration> Registrations = [];

    public static void OnEach(Action action)
    {
        lock (Registrations)
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
                Registrations.Add(PosixSignalRegistration.Create(signal, _ => action()));
    }
}
