using System.Diagnostics;
using System.Net;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The load itself: one worker per user, each sending its GET back to back (the next one as soon as the page's last byte
/// arrived) for the warm-up and then the measured window; a request counts in the window if it started inside it.
/// Every answer must be 200 and contain the marker, else it is an error.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(IReadOnlyList<VirtualUser> users, PageMarker marker, TimeSpan warmUp, TimeSpan window, CancellationToken ct)
    {
        var measureFrom = Stopwatch.GetTimestamp() + Ticks(warmUp);
        var measureUntil = measureFrom + Ticks(window);
        var logs = users.Select(_ => new WorkerLog()).ToArray();
        await Task.WhenAll(users.Select((user, i) => Task.Run(() => WorkAsync(user, logs[i], marker, measureFrom, measureUntil, ct), ct)));
        return LoadResult.Of(logs, window);
    }

    private static async Task WorkAsync(VirtualUser user, WorkerLog log, PageMarker marker, long measureFrom, long measureUntil, CancellationToken ct)
    {
        using var body = new MemoryStream(capacity: 256 * 1024);
        long started;
        while ((started = Stopwatch.GetTimestamp()) < measureUntil && !ct.IsCancellationRequested)
        {
            var error = await LoadOnceAsync(user, marker, body, ct);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (error is not null)
                log.Fail(error);
            else if (started >= measureFrom)
                log.Latencies.Add(elapsed.TotalMilliseconds);
            else
                log.WarmUpRequests++;
        }
    }

    /// <summary>One page load, read to the last byte; null when it is the expected page, else what went wrong.</summary>
    private static async Task<string?> LoadOnceAsync(VirtualUser user, PageMarker marker, MemoryStream body, CancellationToken ct)
    {
        try
        {
            using var response = await user.SendAsync(HttpMethod.Get, user.PagePath, null, HttpCompletionOption.ResponseHeadersRead, ct);
            body.SetLength(0);
            await using (var stream = await response.Content.ReadAsStreamAsync(ct))
                await stream.CopyToAsync(body, ct);
            if (response.StatusCode != HttpStatusCode.OK)
                return response.Headers.Location is { } to ? $"HTTP {(int)response.StatusCode} → {to}" : $"HTTP {(int)response.StatusCode}";
            return marker.FoundIn(body.GetBuffer().AsSpan(0, (int)body.Length)) ? null : $"HTTP 200 без метки «{marker.Text}»";
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "таймаут";
        }
        catch (HttpRequestException e)
        {
            return "ошибка соединения: " + e.Message;
        }
        catch (IOException e)
        {
            return "обрыв при чтении страницы: " + e.Message;
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
