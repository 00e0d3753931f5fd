using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// Reads the portal's memory from outside, the way dotnet-gcdump does: an EventPipe session on the runtime's GC events with
/// the GCHeapCollect keyword makes the portal run a full blocking collection, whose heap statistics event gives the managed
/// heap that survived; then the resident set is read from /proc once the collection has returned its pages.
/// </summary>
public static class PortalMemory
{
    private static readonly TimeSpan CollectionTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan AfterCollection = TimeSpan.FromSeconds(2);

    public static async Task<MemorySample> SettleAndMeasureAsync(int processId, int circuits)
    {
        var heap = await ForceCollectionAsync(processId);
        await Task.Delay(AfterCollection);
        return new MemorySample(circuits, ResidentMegabytes(processId), heap is { } bytes ? bytes / 1024.0 / 1024.0 : null);
    }

    /// <summary>VmRSS of /proc/&lt;pid&gt;/status in MB (the file gives kB).</summary>
    public static double ResidentMegabytes(int processId) => ResidentKilobytes(File.ReadAllText($"/proc/{processId}/status")) / 1024.0;

    public static long ResidentKilobytes(string status)
    {
        foreach (var line in status.Split('\n'))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        throw new FormatException("В /proc/<pid>/status нет строки VmRSS.");
    }

    /// <summary>Forces a full collection in the portal; the managed heap in bytes after it, null if no statistics came.</summary>
    private static async Task<long?> ForceCollectionAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = await client.StartEventPipeSessionAsync(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords)], requestRundown: false, circularBufferMB: 64,
            CancellationToken.None);
        using var source = new EventPipeEventSource(session.EventStream);
        var done = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullCollection = false;
        source.Clr.GCStart += e => fullCollection |= e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (fullCollection)
                done.TrySetResult(e.TotalHeapSize);
        };
        var reading = Task.Run(() =>
        {
            try
            {
                source.Process();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or EndOfStreamException)
            {
                // The session was stopped while reading.
            }
            done.TrySetResult(null);
        });
        var heap = await done.Task.WaitAsync(CollectionTimeout).ConfigureAwait(false);
        await session.StopAsync(CancellationToken.None);
        await reading.WaitAsync(CollectionTimeout);
        return heap;
    }
}
